import std.math;
long int_pow(long base, long exp)
{
    import core.checkedint : muls;
    if (exp < 0)
        throw new Exception("negative exponent");
    long result = 1;
    bool overflow = false;
    foreach (i; 0 .. exp)
    {
        result = muls(result, base, overflow);
        if (overflow)
            throw new Exception("int_pow: overflow");
    }
    return result;
}
