// expect-fail: 10 13 17 20
// Mutant: sorts but does not remove duplicates.
import scala.math._
import scala.collection.mutable._
object Problem {
    def uniqueSorted(values : List[Long], reverse : Boolean) : List[Long] = {
        val out = values.sorted
        if (reverse) out.reverse else out
