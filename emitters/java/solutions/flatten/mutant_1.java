// expect-fail: 17
// Mutant: drops the last inner list.
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static ArrayList<Long> flatten(ArrayList<ArrayList<Long>> nested, long depth) {
        if (depth == 0) throw new IllegalArgumentException("depth 0 keeps the nested lists");
        ArrayList<Long> out = new ArrayList<>();
        for (int i = 0; i + 1 < nested.size(); i++) out.addAll(nested.get(i));
        return out;
