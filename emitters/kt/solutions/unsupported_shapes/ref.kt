import kotlin.math.*

fun double(x : Long) : Long {
    return 2 * x
