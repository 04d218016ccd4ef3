// expect-fail: 27 28
// Mutant: truncates every element to an integer before adding it.
import std.math;
double[] running_sum(double[] numbers)
{
    double total = 0.0;
    double[] out_;
    foreach (x; numbers)
    {
        total += trunc(x);
        out_ ~= total;
    }
    return out_;
}
