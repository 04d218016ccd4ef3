import kotlin.math.*

fun wordCounts(text : String, min_length : Long) : Map<String, Long> {
    if (min_length < 1) throw IllegalArgumentException("min_length must be positive")
    val out = HashMap<String, Long>()
    for (word in text.toLowerCase().split(Regex("(?U)\\s+")))
        if (word.isNotEmpty() && word.codePointCount(0, word.length) >= min_length) out[word] = (out[word] ?: 0L) + 1L
    return out
