// expect-fail: 24 25 28
// Mutant: adds the absolute value of each element.
import std.math;
double[] running_sum(double[] numbers)
{
    double total = 0.0;
    double[] out_;
    foreach (x; numbers)
    {
        total += abs(x);
        out_ ~= total;
    }
    return out_;
}
