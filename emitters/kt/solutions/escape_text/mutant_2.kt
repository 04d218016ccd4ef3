// expect-fail: 17
// Mutant: escapes both kinds of quote, whatever quote is.
import kotlin.math.*

fun escapeText(text : String, quote : String) : String {
    val out = StringBuilder()
    for (c in text) {
        if (c == '\\') out.append("\\\\")
        else if (c == '"' || c == '\'') out.append('\\').append(c)
        else if (c == '\n') out.append("\\n")
        else if (c == '\t') out.append("\\t")
        else if (c == '\r') out.append("\\r")
        else out.append(c)
    }
    return out.toString()
