// expect-fail: 11
// Mutant: silently drops negative numbers.
import kotlin.math.*

fun commonElements(a : Set<Long>, b : Set<Long>) : Set<Long> {
    return a.filter { x -> b.contains(x) && x >= 0 }.toSet()
