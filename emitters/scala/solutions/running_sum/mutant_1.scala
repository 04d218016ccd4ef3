// expect-fail: 24 25 28
// Mutant: adds the absolute value of each element.
import scala.math._
import scala.collection.mutable._
object Problem {
    def runningSum(numbers : List[Double]) : List[Double] = {
        numbers.scanLeft(0.0)((t, x) => t + abs(x)).tail
