import kotlin.math.*

fun hasCloseElements(numbers : List<Double>, threshold : Double) : Boolean {
    for (i in numbers.indices)
        for (j in i + 1 until numbers.size)
            if (Math.abs(numbers[i] - numbers[j]) < threshold) return true
    return false
