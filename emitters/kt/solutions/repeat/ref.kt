import kotlin.math.*

fun repeat(s : String, n : Long, sep : String, end : String) : String {
    return List(maxOf(n, 0L).toInt()) { s }.joinToString(sep) + end
