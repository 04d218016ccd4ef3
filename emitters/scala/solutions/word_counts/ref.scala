import scala.math._
import scala.collection.mutable._
object Problem {
    def wordCounts(text : String, min_length : Long) : Map[String,Long] = {
        if (min_length < 1) throw new IllegalArgumentException("min_length must be positive")
        val out = Map[String,Long]()
        for (word <- text.toLowerCase.split("(?U)\\s+") if word.nonEmpty && word.codePointCount(0, word.length) >= min_length)
            out(word) = out.getOrElse(word, 0l) + 1l
        out
