// expect-fail: 14 15
// Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
import scala.math._
import scala.collection.mutable._
object Problem {
    def intPow(base : Long, exp : Long) : Long = {
        if (exp < 0) throw new IllegalArgumentException("negative exponent")
        var result = base
        for (i <- 1l until exp) result *= base
        result
