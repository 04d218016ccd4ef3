import scala.math._
import scala.collection.mutable._
object Problem {
    def hasCloseElements(numbers : List[Double], threshold : Double) : Boolean = {
        numbers.indices.exists(i => (i + 1 until numbers.length).exists(j => abs(numbers(i) - numbers(j)) < threshold))
