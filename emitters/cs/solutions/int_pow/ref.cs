using System;
using System.Numerics;
using System.Diagnostics;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Security.Cryptography;
class Problem {
    // Return base ** exp computed exactly with integer multiplication.
    // exp must be a non-negative integer (ValueError otherwise); 0 ** 0 is 1.
    // Python integers have arbitrary precision, so results may exceed 64 bits.
    public static long IntPow(long base_, long exp) {
        if (exp < 0) throw new ArgumentException("exp must be non-negative");
        long r = 1;
        for (long i = 0; i < exp; i++) r *= base_;
        return r;
