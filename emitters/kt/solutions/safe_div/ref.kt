import kotlin.math.*

fun safeDiv(a : Double, b : Double, strict : Boolean) : Double? {
    if (b == 0.0) {
        if (strict) throw ArithmeticException("division by zero")
        return null
    }
    return a / b
