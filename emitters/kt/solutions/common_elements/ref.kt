import kotlin.math.*

fun commonElements(a : Set<Long>, b : Set<Long>) : Set<Long> {
    return a.intersect(b)
