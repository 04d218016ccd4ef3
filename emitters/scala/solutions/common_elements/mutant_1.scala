// expect-fail: 11
// Mutant: silently drops negative numbers.
import scala.math._
import scala.collection.mutable._
object Problem {
    def commonElements(a : Set[Long], b : Set[Long]) : Set[Long] = {
        a.filter(x => b.contains(x) && x >= 0)
