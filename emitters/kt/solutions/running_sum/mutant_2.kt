// expect-fail: 27 28
// Mutant: truncates every element to an integer before adding it.
import kotlin.math.*

fun runningSum(numbers : List<Double>) : List<Double> {
    val out = ArrayList<Double>()
    var total = 0.0
    for (x in numbers) {
        total += x.toLong()
        out.add(total)
    }
    return out
