import kotlin.math.*

fun flatten(nested : List<List<Long>>, depth : Long) : List<Long> {
    // The items of nested are lists of longs, so one level can be removed; depth 0 would keep the inner
    // lists, which a List<Long> cannot hold.
    if (depth == 0L) throw IllegalArgumentException("depth 0 keeps the nested lists")
    return nested.flatten()
