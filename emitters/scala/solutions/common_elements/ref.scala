import scala.math._
import scala.collection.mutable._
object Problem {
    def commonElements(a : Set[Long], b : Set[Long]) : Set[Long] = {
        a.intersect(b)
