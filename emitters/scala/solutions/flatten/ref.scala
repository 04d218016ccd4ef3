import scala.math._
import scala.collection.mutable._
object Problem {
    def flatten(nested : List[List[Long]], depth : Long) : List[Long] = {
        // depth 0 would keep the inner lists, which a List[Long] cannot hold.
        if (depth == 0) throw new IllegalArgumentException("depth 0 keeps the nested lists")
        nested.flatten
