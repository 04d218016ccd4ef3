// expect-fail: 24 25 28
// Mutant: adds the absolute value of each element.
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
            total += Math.abs(x);
            out.add(total);
        }
        return out;
