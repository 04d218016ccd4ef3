import kotlin.math.*

fun runningSum(numbers : List<Double>) : List<Double> {
    val out = ArrayList<Double>()
    var total = 0.0
    for (x in numbers) {
        total += x
        out.add(total)
    }
    return out
