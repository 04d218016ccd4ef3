import scala.math._
import scala.collection.mutable._
object Problem {
    def uniqueSorted(values : List[Long], reverse : Boolean) : List[Long] = {
        val out = values.distinct.sorted
        if (reverse) out.reverse else out
