import scala.math._
import scala.collection.mutable._
object Problem {
    def repeat(s : String, n : Long, sep : String, end : String) : String = {
        List.fill(max(n, 0l).toInt)(s).mkString(sep) + end
