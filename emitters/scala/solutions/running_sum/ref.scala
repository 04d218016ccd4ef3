import scala.math._
import scala.collection.mutable._
object Problem {
    def runningSum(numbers : List[Double]) : List[Double] = {
        numbers.scanLeft(0.0)(_ + _).tail
