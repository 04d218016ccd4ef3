// expect-fail: 24 25
// Mutant: ignores reverse.
import kotlin.math.*

fun uniqueSorted(values : List<Long>, reverse : Boolean) : List<Long> {
    return values.toSortedSet().toList()
