import kotlin.math.*

fun escapeText(text : String, quote : String) : String {
    val out = StringBuilder()
    for (c in text) {
        if (c == '\\') out.append("\\\\")
        else if (c.toString() == quote) out.append('\\').append(c)
        else if (c == '\n') out.append("\\n")
        else if (c == '\t') out.append("\\t")
        else if (c == '\r') out.append("\\r")
        else out.append(c)
    }
    return out.toString()
