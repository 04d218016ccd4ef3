// expect-fail: 17
// Mutant: returns no chunks for a size of 0 instead of raising.
import scala.math._
import scala.collection.mutable._
object Problem {
    def chunk(items : List[String], size : Long) : List[List[String]] = {
        if (size <= 0) return List[List[String]]()
        items.grouped(size.toInt).toList
