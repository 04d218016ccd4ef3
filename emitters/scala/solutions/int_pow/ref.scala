import scala.math._
import scala.collection.mutable._
object Problem {
    def intPow(base : Long, exp : Long) : Long = {
        if (exp < 0) throw new IllegalArgumentException("negative exponent")
        var result = 1l
        for (i <- 0l until exp) result *= base
        result
