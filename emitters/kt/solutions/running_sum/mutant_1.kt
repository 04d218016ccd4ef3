// expect-fail: 24 25 28
// Mutant: adds the absolute value of each element.
import kotlin.math.*

fun runningSum(numbers : List<Double>) : List<Double> {
    val out = ArrayList<Double>()
    var total = 0.0
    for (x in numbers) {
        total += Math.abs(x)
        out.add(total)
    }
    return out
