// expect-fail: 17 18
// Mutant: like Python's `table.get(key) or default`, also replaces an empty-string value.
import scala.math._
import scala.collection.mutable._
object Problem {
    def lookup(table : Map[Long,String], key : Long, default : Option[String]) : Option[String] = {
        table.get(key).filter(_.nonEmpty).orElse(default)
