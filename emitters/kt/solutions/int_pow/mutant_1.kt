// expect-fail: 14 15
// Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
import kotlin.math.*

fun intPow(base : Long, exp : Long) : Long {
    if (exp < 0) throw IllegalArgumentException("negative exponent")
    var result = base
    for (i in 1 until exp) result *= base
    return result
