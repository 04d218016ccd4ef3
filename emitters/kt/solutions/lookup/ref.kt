import kotlin.math.*

fun lookup(table : Map<Long, String>, key : Long, default : String?) : String? {
    return if (table.containsKey(key)) table[key] else default
