// expect-fail: 17 26 27
// Mutant: always divides by n (ddof only used for validation).
import scala.math._
import scala.collection.mutable._
object Problem {
    def stdDev(values : List[Double], ddof : Long) : Double = {
        val n = values.length
        if (n - ddof <= 0) throw new IllegalArgumentException("not enough values")
        val mean = values.sum / n
        val squares = values.map(v => (v - mean) * (v - mean)).sum
        sqrt(squares / (n))
