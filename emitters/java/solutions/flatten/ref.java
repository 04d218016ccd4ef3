import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static ArrayList<Long> flatten(ArrayList<ArrayList<Long>> nested, long depth) {
        // The items of nested are lists of longs, so one level can be removed; depth 0 would keep the inner
        // lists, which an ArrayList<Long> cannot hold.
        if (depth == 0) throw new IllegalArgumentException("depth 0 keeps the nested lists");
        ArrayList<Long> out = new ArrayList<>();
        for (ArrayList<Long> inner : nested) out.addAll(inner);
        return out;
