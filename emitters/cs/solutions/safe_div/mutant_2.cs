// expect-fail: 31 32
using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Return a / b as a float.
    // When b is zero, return None, or raise ZeroDivisionError if strict is true.
    public static Nullable<double> SafeDiv(double a, double b, bool strict) {
        if (b == 0) {
            if (false) throw new DivideByZeroException("division by zero");
            return null;
        }
        return a / b;
