import std.math;
long double_(long x)
{
    return 2 * x;
}
