// expect-fail: 13 14
// Mutant: puts end in front of the repeated text.
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static String repeat(String s, long n, String sep, String end) {
        return end + String.join(sep, Collections.nCopies((int) Math.max(n, 0), s));
