import scala.math._
import scala.collection.mutable._
object Problem {
    def chunk(items : List[String], size : Long) : List[List[String]] = {
        if (size <= 0) throw new IllegalArgumentException("size must be positive")
        items.grouped(size.toInt).toList
