// expect-fail: 17
// Mutant: escapes both kinds of quote, whatever quote is.
import scala.math._
import scala.collection.mutable._
object Problem {
    def escapeText(text : String, quote : String) : String = {
        val out = new StringBuilder()
        for (c <- text) {
            if (c == '\\') out.append("\\\\")
            else if ((c == '"' || c == '\'')) out.append('\\').append(c)
            else if (c == '\n') out.append("\\n")
            else if (c == '\t') out.append("\\t")
            else if (c == '\r') out.append("\\r")
            else out.append(c)
        }
        out.toString
