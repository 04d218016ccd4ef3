// expect-fail: 17
// Mutant: returns no chunks for a size of 0 instead of raising.
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static ArrayList<ArrayList<String>> chunk(ArrayList<String> items, long size) {
        if (size <= 0) return new ArrayList<>();
        ArrayList<ArrayList<String>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) out.add(new ArrayList<>(items.subList(i, (int) Math.min(items.size(), i + size))));
        return out;
