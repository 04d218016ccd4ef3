import kotlin.math.*

fun isPalindrome(text : String, ignore_case : Boolean) : Boolean {
    val points = (if (ignore_case) text.toLowerCase() else text).codePoints().toArray()
    return points.contentEquals(points.reversedArray())
