// expect-fail: 14
// Mutant: ignores ignore_case (a boolean cannot be returned as 1 or 0 in Java).
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static boolean isPalindrome(String text, boolean ignore_case) {
        int[] points = text.codePoints().toArray();
        for (int i = 0, j = points.length - 1; i < j; i++, j--) if (points[i] != points[j]) return false;
        return true;
