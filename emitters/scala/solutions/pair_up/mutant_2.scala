// expect-fail: 20
// Mutant: puts the smaller item of each pair first.
import scala.math._
import scala.collection.mutable._
object Problem {
    def pairUp(items : List[Long], overlap : Boolean) : List[Tuple2[Long, Long]] = {
        val step = if (overlap) 1 else 2
        (0 until items.length - 1 by step).map(i => (min(items(i), items(i + 1)), max(items(i), items(i + 1)))).toList
