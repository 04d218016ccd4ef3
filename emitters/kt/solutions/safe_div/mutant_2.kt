// expect-fail: 31 32
// Mutant: ignores strict and never raises.
import kotlin.math.*

fun safeDiv(a : Double, b : Double, strict : Boolean) : Double? {
    if (b == 0.0) return null
    return a / b
