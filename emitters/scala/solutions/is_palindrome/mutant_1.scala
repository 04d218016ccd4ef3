// expect-fail: 15 17
// Mutant: compares UTF-8 bytes instead of characters.
import scala.math._
import scala.collection.mutable._
object Problem {
    def isPalindrome(text : String, ignore_case : Boolean) : Boolean = {
        val bytes = (if (ignore_case) text.toLowerCase else text).getBytes("UTF-8")
        bytes.sameElements(bytes.reverse)
