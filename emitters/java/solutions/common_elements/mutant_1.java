// expect-fail: 11
// Mutant: silently drops negative numbers.
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static HashSet<Long> commonElements(HashSet<Long> a, HashSet<Long> b) {
        HashSet<Long> out = new HashSet<>();
        for (long x : a) if (b.contains(x) && x >= 0) out.add(x);
        return out;
