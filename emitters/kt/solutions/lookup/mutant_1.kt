// expect-fail: 17 18
// Mutant: like Python's `table.get(key) or default`, also replaces an empty-string value.
import kotlin.math.*

fun lookup(table : Map<Long, String>, key : Long, default : String?) : String? {
    val found = table[key]
    return if (found != null && found.isNotEmpty()) found else default
