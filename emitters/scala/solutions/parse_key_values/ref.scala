import scala.math._
import scala.collection.mutable._
object Problem {
    def parseKeyValues(text : String, sep : String) : Map[String,List[Long]] = {
        val result = Map[String,List[Long]]()
        for (entry <- text.split(java.util.regex.Pattern.quote(sep), -1) if entry.trim.nonEmpty) {
            val eq = entry.indexOf('=')
            if (eq < 0) throw new IllegalArgumentException("missing '=' in entry: " + entry)
            val key = entry.substring(0, eq).trim
            val values = entry.substring(eq + 1).split(",", -1).map(_.trim).filter(_.nonEmpty).map(_.toLong).toList
            result(key) = result.getOrElse(key, List[Long]()) ++ values
        }
        result
