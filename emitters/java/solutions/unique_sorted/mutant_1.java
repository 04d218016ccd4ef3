// expect-fail: 24 25
// Mutant: ignores reverse.
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static ArrayList<Long> uniqueSorted(ArrayList<Long> values, boolean reverse) {
        return new ArrayList<>(new TreeSet<>(values));
