import kotlin.math.*

fun intPow(base : Long, exp : Long) : Long {
    if (exp < 0) throw IllegalArgumentException("negative exponent")
    var result = 1L
    for (i in 0 until exp) result *= base
    return result
