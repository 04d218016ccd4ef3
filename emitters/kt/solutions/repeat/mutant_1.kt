// expect-fail: 13 14
// Mutant: puts end in front of the repeated text.
import kotlin.math.*

fun repeat(s : String, n : Long, sep : String, end : String) : String {
    return end + List(maxOf(n, 0L).toInt()) { s }.joinToString(sep)
