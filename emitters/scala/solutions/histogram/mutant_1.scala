// expect-fail: 22
// Mutant: truncating division instead of floor division.
import scala.math._
import scala.collection.mutable._
object Problem {
    def histogram(values : List[Long], bucket : Long) : Map[Long,Long] = {
        if (bucket <= 0) throw new IllegalArgumentException("bucket must be positive")
        val out = Map[Long,Long]()
        for (v <- values) {
            val k = v / bucket * bucket
            out(k) = out.getOrElse(k, 0l) + 1l
        }
        out
