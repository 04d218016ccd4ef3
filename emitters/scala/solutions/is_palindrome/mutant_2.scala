// expect-fail: 14
// Mutant: ignores ignore_case.
import scala.math._
import scala.collection.mutable._
object Problem {
    def isPalindrome(text : String, ignore_case : Boolean) : Boolean = {
        val points = text.codePoints.toArray
        points.sameElements(points.reverse)
