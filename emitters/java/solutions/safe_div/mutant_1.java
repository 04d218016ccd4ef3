// expect-fail: 28 29
// Mutant: returns 0 instead of None for a zero divisor.
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static Optional<Double> safeDiv(double a, double b, boolean strict) {
        if (b == 0) {
            if (strict) throw new ArithmeticException("division by zero");
            return Optional.of(0.0);
        }
        return Optional.of(a / b);
