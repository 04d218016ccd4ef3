// expect-fail: 22
// Mutant: truncating division instead of floor division.
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static HashMap<Long, Long> histogram(ArrayList<Long> values, long bucket) {
        if (bucket <= 0) throw new IllegalArgumentException("bucket must be positive");
        HashMap<Long, Long> out = new HashMap<>();
        for (long v : values) out.merge(v / bucket * bucket, 1L, Long::sum);
        return out;
