// expect-fail: 10 13 17 20
// Mutant: sorts but does not remove duplicates.
import kotlin.math.*

fun uniqueSorted(values : List<Long>, reverse : Boolean) : List<Long> {
    val out = values.sorted()
    return if (reverse) out.reversed() else out
