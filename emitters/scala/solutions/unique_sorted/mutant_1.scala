// expect-fail: 24 25
// Mutant: ignores reverse.
import scala.math._
import scala.collection.mutable._
object Problem {
    def uniqueSorted(values : List[Long], reverse : Boolean) : List[Long] = {
        values.distinct.sorted
