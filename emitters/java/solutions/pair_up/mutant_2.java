// expect-fail: 20
// Mutant: puts the smaller item of each pair first.
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
        int step = overlap ? 1 : 2;
        for (int i = 0; i + 1 < items.size(); i += step) out.add(Pair.with(Math.min(items.get(i), items.get(i + 1)), Math.max(items.get(i), items.get(i + 1))));
        return out;
