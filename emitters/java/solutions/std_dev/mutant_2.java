// expect-fail: 16 17 18 20
// Mutant: the mean uses floor division.
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static double stdDev(ArrayList<Double> values, long ddof) {
        int n = values.size();
        if (n - ddof <= 0) throw new IllegalArgumentException("not enough values");
        double sum = 0;
        for (double v : values) sum += v;
        double mean = Math.floor(sum / n);
        double squares = 0;
        for (double v : values) squares += (v - mean) * (v - mean);
        return Math.sqrt(squares / (n - ddof));
