import scala.math._
import scala.collection.mutable._
object Problem {
    def lookup(table : Map[Long,String], key : Long, default : Option[String]) : Option[String] = {
        table.get(key).orElse(default)
