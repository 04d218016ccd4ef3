// expect-fail: 31 32
// Mutant: ignores strict and never raises.
import scala.math._
import scala.collection.mutable._
object Problem {
    def safeDiv(a : Double, b : Double, strict : Boolean) : Option[Double] = {
        if (b == 0) return None
        Some(a / b)
