import kotlin.math.*

fun histogram(values : List<Long>, bucket : Long) : Map<Long, Long> {
    if (bucket <= 0) throw IllegalArgumentException("bucket must be positive")
    val out = HashMap<Long, Long>()
    for (v in values) {
        val key = Math.floorDiv(v, bucket) * bucket
        out[key] = (out[key] ?: 0L) + 1L
    }
    return out
