// expect-fail: 27 28
// Mutant: truncates every element to an integer before adding it.
import scala.math._
import scala.collection.mutable._
object Problem {
    def runningSum(numbers : List[Double]) : List[Double] = {
        numbers.scanLeft(0.0)((t, x) => t + x.toLong).tail
