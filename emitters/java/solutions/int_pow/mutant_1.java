// expect-fail: 14 15
// Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static long intPow(long base, long exp) {
        if (exp < 0) throw new IllegalArgumentException("negative exponent");
        long result = base;
        for (long i = 1; i < exp; i++) result *= base;
        return result;
