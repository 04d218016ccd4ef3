import kotlin.math.*

fun uniqueSorted(values : List<Long>, reverse : Boolean) : List<Long> {
    val out = values.toSortedSet().toList()
    return if (reverse) out.reversed() else out
