// expect-fail: 17
// Mutant: drops the last inner list.
import kotlin.math.*

fun flatten(nested : List<List<Long>>, depth : Long) : List<Long> {
    if (depth == 0L) throw IllegalArgumentException("depth 0 keeps the nested lists")
    return nested.dropLast(1).flatten()
