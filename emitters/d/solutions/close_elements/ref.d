import std.math;
bool has_close_elements(double[] numbers, double threshold)
{
    import std.algorithm : sort;
    double[] sorted = numbers.dup;
    sort(sorted);
    foreach (i; 1 .. sorted.length)
        if (sorted[i] - sorted[i - 1] < threshold)
            return true;
    return false;
}
