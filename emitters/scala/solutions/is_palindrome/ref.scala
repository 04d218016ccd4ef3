import scala.math._
import scala.collection.mutable._
object Problem {
    def isPalindrome(text : String, ignore_case : Boolean) : Boolean = {
        val points = (if (ignore_case) text.toLowerCase else text).codePoints.toArray
        points.sameElements(points.reverse)
