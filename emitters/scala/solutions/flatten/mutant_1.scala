// expect-fail: 17
// Mutant: drops the last inner list.
import scala.math._
import scala.collection.mutable._
object Problem {
    def flatten(nested : List[List[Long]], depth : Long) : List[Long] = {
        if (depth == 0) throw new IllegalArgumentException("depth 0 keeps the nested lists")
        nested.dropRight(1).flatten
