import kotlin.math.*

fun chunk(items : List<String>, size : Long) : List<List<String>> {
    if (size <= 0) throw IllegalArgumentException("size must be positive")
    val out = ArrayList<List<String>>()
    var i = 0
    while (i < items.size) {
        out.add(ArrayList(items.subList(i, minOf(items.size.toLong(), i + size).toInt())))
        i += size.toInt()
    }
    return out
