import std.math;
double std_dev(double[] values, long ddof)
{
    long n = cast(long) values.length;
    if (n - ddof <= 0)
        throw new Exception("not enough values");
    if (n == 0)
        throw new Exception("division by zero");
    double total = 0.0;
    foreach (v; values)
        total += v;
    double mean = total / n;
    double squares = 0.0;
    foreach (v; values)
        squares += (v - mean) * (v - mean);
    return sqrt(squares / (n - ddof));
}
