import std.math;
double[] running_sum(double[] numbers)
{
    double total = 0.0;
    double[] out_;
    foreach (x; numbers)
    {
        total += x;
        out_ ~= total;
    }
    return out_;
}
