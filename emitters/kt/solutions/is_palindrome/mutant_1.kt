// expect-fail: 15 17
// Mutant: compares UTF-8 bytes instead of characters.
import kotlin.math.*

fun isPalindrome(text : String, ignore_case : Boolean) : Boolean {
    val bytes = (if (ignore_case) text.toLowerCase() else text).toByteArray(Charsets.UTF_8)
    return bytes.contentEquals(bytes.reversedArray())
