// expect-fail: 17
// Mutant: returns no chunks for a size of 0 instead of raising.
import kotlin.math.*

fun chunk(items : List<String>, size : Long) : List<List<String>> {
    if (size <= 0) return ArrayList<List<String>>()
    val out = ArrayList<List<String>>()
    var i = 0
    while (i < items.size) {
        out.add(ArrayList(items.subList(i, minOf(items.size.toLong(), i + size).toInt())))
        i += size.toInt()
    }
    return out
