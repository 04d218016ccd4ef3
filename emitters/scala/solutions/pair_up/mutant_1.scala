// expect-fail: 18 23
// Mutant: ignores overlap.
import scala.math._
import scala.collection.mutable._
object Problem {
    def pairUp(items : List[Long], overlap : Boolean) : List[Tuple2[Long, Long]] = {
        val step = 2
        (0 until items.length - 1 by step).map(i => (items(i), items(i + 1))).toList
