// expect-fail: 31 32
// Mutant: ignores strict and never raises.
import std.math;
import std.typecons;
Nullable!(double) safe_div(double a, double b, bool strict)
{
    if (b == 0.0)
    {
        if (false)
            throw new Exception("division by zero");
        return Nullable!(double).init;
    }
    return Nullable!(double)(a / b);
}
