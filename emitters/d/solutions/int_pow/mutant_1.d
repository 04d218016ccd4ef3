// expect-fail: 14 15
// Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
import std.math;
long int_pow(long base, long exp)
{
    import core.checkedint : muls;
    if (exp < 0)
        throw new Exception("negative exponent");
    long result = base;
    bool overflow = false;
    foreach (i; 1 .. exp)
    {
        result = muls(result, base, overflow);
        if (overflow)
            throw new Exception("int_pow: overflow");
    }
    return result;
}
