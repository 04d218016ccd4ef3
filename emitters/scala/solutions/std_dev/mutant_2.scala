// expect-fail: 16 17 18 20
// Mutant: the mean uses floor division.
import scala.math._
import scala.collection.mutable._
object Problem {
    def stdDev(values : List[Double], ddof : Long) : Double = {
        val n = values.length
        if (n - ddof <= 0) throw new IllegalArgumentException("not enough values")
        val mean = floor(values.sum / n)
        val squares = values.map(v => (v - mean) * (v - mean)).sum
        sqrt(squares / (n - ddof))
