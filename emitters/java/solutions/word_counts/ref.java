import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static HashMap<String, Long> wordCounts(String text, long min_length) {
        if (min_length < 1) throw new IllegalArgumentException("min_length must be positive");
        HashMap<String, Long> out = new HashMap<>();
        for (String word : text.toLowerCase().split("(?U)\\s+"))
            if (!word.isEmpty() && word.codePointCount(0, word.length()) >= min_length) out.merge(word, 1L, Long::sum);
        return out;
