// expect-fail: 28 29
// Mutant: returns 0 instead of None for a zero divisor.
import std.math;
import std.typecons;
Nullable!(double) safe_div(double a, double b, bool strict)
{
    if (b == 0.0)
    {
        if (strict)
            throw new Exception("division by zero");
        return Nullable!(double)(0.0);
    }
    return Nullable!(double)(a / b);
}
