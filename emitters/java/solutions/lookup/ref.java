import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static Optional<String> lookup(HashMap<Long, String> table, long key, Optional<String> default_) {
        return table.containsKey(key) ? Optional.of(table.get(key)) : default_;
