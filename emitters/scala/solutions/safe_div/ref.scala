import scala.math._
import scala.collection.mutable._
object Problem {
    def safeDiv(a : Double, b : Double, strict : Boolean) : Option[Double] = {
        if (b == 0) {
            if (strict) throw new ArithmeticException("division by zero")
            return None
        }
        Some(a / b)
