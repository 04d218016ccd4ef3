// expect-fail: 15 17
// Mutant: compares UTF-8 bytes instead of characters.
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static boolean isPalindrome(String text, boolean ignore_case) {
        byte[] bytes = (ignore_case ? text.toLowerCase() : text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0, j = bytes.length - 1; i < j; i++, j--) if (bytes[i] != bytes[j]) return false;
        return true;
