// expect-fail: 18 35
// Mutant: keys are not stripped of surrounding whitespace.
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static HashMap<String, ArrayList<Long>> parseKeyValues(String text, String sep) {
        HashMap<String, ArrayList<Long>> result = new HashMap<>();
        for (String entry : text.split(java.util.regex.Pattern.quote(sep), -1)) {
            if (entry.strip().isEmpty()) continue;
            int eq = entry.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("missing '=' in entry: " + entry);
            String key = entry.substring(0, eq);
            ArrayList<Long> values = result.computeIfAbsent(key, k -> new ArrayList<>());
            for (String item : entry.substring(eq + 1).split(",", -1)) {
                String s = item.strip();
                if (!s.isEmpty()) values.add(Long.parseLong(s));
            }
        }
        return result;
