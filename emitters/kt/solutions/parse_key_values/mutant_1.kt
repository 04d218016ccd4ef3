// expect-fail: 23 24
// Mutant: a repeated key replaces the earlier list instead of extending it.
import kotlin.math.*

fun parseKeyValues(text : String, sep : String) : Map<String, List<Long>> {
    val result = HashMap<String, MutableList<Long>>()
    for (entry in text.split(sep)) {
        if (entry.trim().isEmpty()) continue
        val eq = entry.indexOf('=')
        if (eq < 0) throw IllegalArgumentException("missing '=' in entry: " + entry)
        val key = entry.substring(0, eq).trim()
        val values = ArrayList<Long>().also { result[key] = it }
        for (item in entry.substring(eq + 1).split(",")) {
            val s = item.trim()
            if (s.isNotEmpty()) values.add(s.toLong())
        }
    }
    return result
