// expect-fail: 27 28
// Mutant: truncates every element to an integer before adding it.
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static ArrayList<Double> runningSum(ArrayList<Double> numbers) {
        ArrayList<Double> out = new ArrayList<>();
        double total = 0;
        for (double x : numbers) {
            total += (long) x;
            out.add(total);
        }
        return out;
