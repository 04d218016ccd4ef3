import kotlin.math.*

fun pairUp(items : List<Long>, overlap : Boolean) : List<Pair<Long, Long>> {
    val out = ArrayList<Pair<Long, Long>>()
    val step = if (overlap) 1 else 2
    var i = 0
    while (i + 1 < items.size) {
        out.add(Pair(items[i], items[i + 1]))
        i += step
    }
    return out
