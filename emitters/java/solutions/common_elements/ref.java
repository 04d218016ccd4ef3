import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static HashSet<Long> commonElements(HashSet<Long> a, HashSet<Long> b) {
        HashSet<Long> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
