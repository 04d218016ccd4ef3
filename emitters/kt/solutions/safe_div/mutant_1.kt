// expect-fail: 28 29
// Mutant: returns 0 instead of None for a zero divisor.
import kotlin.math.*

fun safeDiv(a : Double, b : Double, strict : Boolean) : Double? {
    if (b == 0.0) {
        if (strict) throw ArithmeticException("division by zero")
        return 0.0
    }
    return a / b
