// expect-fail: 14
// Mutant: ignores ignore_case.
import kotlin.math.*

fun isPalindrome(text : String, ignore_case : Boolean) : Boolean {
    val points = text.codePoints().toArray()
    return points.contentEquals(points.reversedArray())
