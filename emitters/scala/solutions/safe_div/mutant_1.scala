// expect-fail: 28 29
// Mutant: returns 0 instead of None for a zero divisor.
import scala.math._
import scala.collection.mutable._
object Problem {
    def safeDiv(a : Double, b : Double, strict : Boolean) : Option[Double] = {
        if (b == 0) {
            if (strict) throw new ArithmeticException("division by zero")
            return Some(0.0)
        }
        Some(a / b)
