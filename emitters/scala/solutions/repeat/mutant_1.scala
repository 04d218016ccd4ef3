// expect-fail: 13 14
// Mutant: puts end in front of the repeated text.
import scala.math._
import scala.collection.mutable._
object Problem {
    def repeat(s : String, n : Long, sep : String, end : String) : String = {
        end + List.fill(max(n, 0l).toInt)(s).mkString(sep)
