// expect-fail: 19 31
// Mutant: forgets to escape backslashes.
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static String escapeText(String text, String quote) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (String.valueOf(c).equals(quote)) out.append('\\').append(c);
            else if (c == '\n') out.append("\\n");
            else if (c == '\t') out.append("\\t");
            else if (c == '\r') out.append("\\r");
            else out.append(c);
        }
        return out.toString();
