import java.util.*;
import java.lang.reflect.*;
import org.javatuples.*;
import java.security.*;
import java.math.*;
import java.io.*;
import java.util.stream.*;
class Problem {
    public static long intPow(long base, long exp) {
        if (exp < 0) throw new IllegalArgumentException("negative exponent");
        long result = 1;
        for (long i = 0; i < exp; i++) result *= base;
        return result;
