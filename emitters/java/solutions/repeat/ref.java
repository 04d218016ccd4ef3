import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static String repeat(String s, long n, String sep, String end) {
        return String.join(sep, Collections.nCopies((int) Math.max(n, 0), s)) + end;
