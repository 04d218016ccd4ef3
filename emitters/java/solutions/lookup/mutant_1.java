// expect-fail: 17 18
// Mutant: like Python's `table.get(key) or default`, also replaces an empty-string value.
import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static Optional<String> lookup(HashMap<Long, String> table, long key, Optional<String> default_) {
        String found = table.get(key);
        return found != null && !found.isEmpty() ? Optional.of(found) : default_;
