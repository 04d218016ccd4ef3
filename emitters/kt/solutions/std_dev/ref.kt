import kotlin.math.*

fun stdDev(values : List<Double>, ddof : Long) : Double {
    val n = values.size
    if (n - ddof <= 0) throw IllegalArgumentException("not enough values")
    val mean = values.sum() / n
    var squares = 0.0
    for (v in values) squares += (v - mean) * (v - mean)
    return Math.sqrt(squares / (n - ddof))
