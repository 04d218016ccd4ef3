// expect-fail: 18 23
// Mutant: ignores overlap.
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static ArrayList<Pair<Long, Long>> pairUp(ArrayList<Long> items, boolean overlap) {
        ArrayList<Pair<Long, Long>> out = new ArrayList<>();
        int step = 2;
        for (int i = 0; i + 1 < items.size(); i += step) out.add(Pair.with(items.get(i), items.get(i + 1)));
        return out;
