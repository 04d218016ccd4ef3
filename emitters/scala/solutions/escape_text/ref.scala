import scala.math._
import scala.collection.mutable._
object Problem {
    def escapeText(text : String, quote : String) : String = {
        val out = new StringBuilder()
        for (c <- text) {
            if (c == '\\') out.append("\\\\")
            else if (c.toString == quote) out.append('\\').append(c)
            else if (c == '\n') out.append("\\n")
            else if (c == '\t') out.append("\\t")
            else if (c == '\r') out.append("\\r")
            else out.append(c)
        }
        out.toString
