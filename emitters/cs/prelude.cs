// The harness's own class: Python's == on the values the program's stand for, Python's truthiness, values
// printed as C# expressions (grammars/values_cs.lark), and the result lines.
static class __TC {
    static readonly string Nonce = System.Environment.GetEnvironmentVariable("{{ NONCE_VARIABLE }}") ?? "{{ DEFAULT_NONCE }}";
    static readonly System.IO.Stream Out = System.Console.OpenStandardOutput();
    static int failures = 0;

    public sealed class Tol {
        public readonly double Rel, Abs;
        public readonly bool Strict;
        public Tol(double rel, double abs, bool strict) { Rel = rel; Abs = abs; Strict = strict; }
    }
    static readonly Tol Exact = new Tol(0.0, 0.0, false);

    // Floats within tol (NaN equal to NaN), integers exactly, an integer equal to the float it spells.
    static bool Close(double a, double b, Tol t) {
        if (double.IsNaN(a) && double.IsNaN(b)) return true;
        if (a == b) return true;
        if (double.IsNaN(a) || double.IsNaN(b) || double.IsInfinity(a) || double.IsInfinity(b)) return false;
        double diff = System.Math.Abs(a - b);
        double bound = System.Math.Max(t.Rel * System.Math.Max(System.Math.Abs(a), System.Math.Abs(b)), t.Abs);
        return t.Strict ? diff < bound : diff <= bound;
    }

    static bool IsNumber(object o) { return o is long || o is double || o is int; }

    static bool IsSet(object o) {
        foreach (System.Type i in o.GetType().GetInterfaces())
            if (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISet<>)) return true;
        return false;
    }

    static List<object> Items(object o) {
        var items = new List<object>();
        foreach (object x in (System.Collections.IEnumerable)o) items.Add(x);
        return items;
    }

    // Lists and tuples elementwise, dicts and sets regardless of order (dict keys exactly).
    public static bool Eq(object a, object b, Tol t) {
        if (a == null || b == null) return a == null && b == null;
        if (IsNumber(a) && IsNumber(b)) {
            if (!(a is double) && !(b is double)) return System.Convert.ToInt64(a) == System.Convert.ToInt64(b);
            return Close(System.Convert.ToDouble(a), System.Convert.ToDouble(b), t);
        }
        if (a is string || b is string) return a is string && b is string && string.CompareOrdinal((string)a, (string)b) == 0;
        if (a is bool || b is bool) return a is bool && b is bool && (bool)a == (bool)b;
        var da = a as System.Collections.IDictionary;
        var db = b as System.Collections.IDictionary;
        if (da != null || db != null) {
            if (da == null || db == null || da.Count != db.Count) return false;
            foreach (System.Collections.DictionaryEntry x in da) {
                if (db.Contains(x.Key)) {
                    if (!Eq(x.Value, db[x.Key], t)) return false;
                    continue;
                }
                bool found = false;
                foreach (System.Collections.DictionaryEntry y in db)
                    if (Eq(x.Key, y.Key, Exact) && Eq(x.Value, y.Value, t)) { found = true; break; }
                if (!found) return false;
            }
            return true;
        }
        if (IsSet(a) || IsSet(b)) {
            if (!IsSet(a) || !IsSet(b)) return false;
            List<object> xs = Items(a), ys = Items(b);
            if (xs.Count != ys.Count) return false;
            var exact = new HashSet<object>(ys);
            if (xs.All(exact.Contains)) return true;
            return xs.All(x => ys.Any(y => Eq(x, y, t))) && ys.All(y => xs.Any(x => Eq(x, y, t)));
        }
        var ta = a as System.Runtime.CompilerServices.ITuple;
        var tb = b as System.Runtime.CompilerServices.ITuple;
        if (ta != null || tb != null) {
            if (ta == null || tb == null || ta.Length != tb.Length) return false;
            for (int i = 0; i < ta.Length; i++) if (!Eq(ta[i], tb[i], t)) return false;
            return true;
        }
        var la = a as System.Collections.IList;
        var lb = b as System.Collections.IList;
        if (la != null || lb != null) {
            if (la == null || lb == null || la.Count != lb.Count) return false;
            for (int i = 0; i < la.Count; i++) if (!Eq(la[i], lb[i], t)) return false;
            return true;
        }
        return a.Equals(b);
    }

    public static bool Same<T>(T a, T b, Tol t) { return Eq(a, b, t); }

    // Python's truthiness: None, 0, 0.0, "" and empty containers are false (NaN is true).
    public static bool Truthy(object v) {
        if (v == null) return false;
        if (v is bool) return (bool)v;
        if (v is long) return (long)v != 0;
        if (v is double) return (double)v != 0.0;
        if (v is string) return ((string)v).Length > 0;
        if (v is System.Runtime.CompilerServices.ITuple) return ((System.Runtime.CompilerServices.ITuple)v).Length > 0;
        if (v is System.Collections.IEnumerable) return ((System.Collections.IEnumerable)v).GetEnumerator().MoveNext();
        return true;
    }

    // Python's ordering, for sorted(): numbers by value, strings by code point, sequences lexicographically.
    static int Compare(object a, object b) {
        if (a == null || b == null) return (a == null ? 0 : 1) - (b == null ? 0 : 1);
        if (IsNumber(a) && IsNumber(b)) {
            if (!(a is double) && !(b is double)) return System.Convert.ToInt64(a).CompareTo(System.Convert.ToInt64(b));
            return System.Convert.ToDouble(a).CompareTo(System.Convert.ToDouble(b));
        }
        if (a is string && b is string) return string.CompareOrdinal((string)a, (string)b);
        if (a is bool && b is bool) return ((bool)a).CompareTo((bool)b);
        List<object> xs = Sequence(a), ys = Sequence(b);
        if (xs != null && ys != null) {
            for (int i = 0; i < System.Math.Min(xs.Count, ys.Count); i++) {
                int c = Compare(xs[i], ys[i]);
                if (c != 0) return c;
            }
            return xs.Count.CompareTo(ys.Count);
        }
        return 0;
    }

    static List<object> Sequence(object o) {
        var t = o as System.Runtime.CompilerServices.ITuple;
        if (t != null) {
            var items = new List<object>();
            for (int i = 0; i < t.Length; i++) items.Add(t[i]);
            return items;
        }
        return o is System.Collections.IList ? Items(o) : null;
    }

    public static List<T> Sorted<T>(IEnumerable<T> xs) {
        var items = new List<T>(xs);
        var keys = items.Select((x, i) => i).ToList();
        keys.Sort((i, j) => { int c = Compare(items[i], items[j]); return c != 0 ? c : i.CompareTo(j); });
        return keys.Select(i => items[i]).ToList();
    }

    static string TypeName(System.Type t) {
        if (t == typeof(long)) return "long";
        if (t == typeof(int)) return "int";
        if (t == typeof(double)) return "double";
        if (t == typeof(bool)) return "bool";
        if (t == typeof(string)) return "string";
        if (t == typeof(object)) return "object";
        if (!t.IsGenericType) return t.Name;
        string name = t.GetGenericTypeDefinition().Name;
        if (name.IndexOf('`') >= 0) name = name.Substring(0, name.IndexOf('`'));
        return name + "<" + string.Join(", ", t.GetGenericArguments().Select(TypeName)) + ">";
    }

    static string Double(double d) {
        if (double.IsNaN(d)) return "double.NaN";
        if (double.IsPositiveInfinity(d)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(d)) return "double.NegativeInfinity";
        if (d == 0.0 && 1.0 / d < 0) return "-0.0";
        string s = d.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return s.IndexOf('.') >= 0 || s.IndexOf('E') >= 0 ? s : s + ".0";
    }

    // A string as a C# literal: every character outside printable ASCII as \uXXXX or \UXXXXXXXX.
    static string Quote(string s) {
        var b = new StringBuilder("\"");
        for (int i = 0; i < s.Length; i++) {
            char c = s[i];
            if (c == '"') b.Append("\\\"");
            else if (c == '\\') b.Append("\\\\");
            else if (c == '\n') b.Append("\\n");
            else if (c == '\r') b.Append("\\r");
            else if (c == '\t') b.Append("\\t");
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) {
                b.Append("\\U" + char.ConvertToUtf32(c, s[i + 1]).ToString("x8"));
                i++;
            }
            else if (c < 32 || c >= 127) b.Append("\\u" + ((int)c).ToString("x4"));
            else b.Append(c);
        }
        return b.Append('"').ToString();
    }

    public static string Show(object v) { return Show(v, 0); }

    static string Show(object v, int depth) {
        if (v == null) return "null";
        if (v is bool) return (bool)v ? "true" : "false";
        if (v is long || v is int) return System.Convert.ToInt64(v).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (v is double) return Double((double)v);
        if (v is string) return Quote((string)v);
        if (depth > 100) return "...";
        string type = TypeName(v.GetType());
        var d = v as System.Collections.IDictionary;
        if (d != null) {
            var pairs = new List<string>();
            foreach (System.Collections.DictionaryEntry e in d) pairs.Add("{" + Show(e.Key, depth + 1) + ", " + Show(e.Value, depth + 1) + "}");
            return "new " + type + (pairs.Count == 0 ? "()" : "{" + string.Join(", ", pairs) + "}");
        }
        var t = v as System.Runtime.CompilerServices.ITuple;
        if (t != null) {
            var items = new List<string>();
            for (int i = 0; i < t.Length; i++) items.Add(Show(t[i], depth + 1));
            return "new " + type + "(" + string.Join(", ", items) + ")";
        }
        if (v is System.Collections.IEnumerable) {
            var items = Items(v).Select(x => Show(x, depth + 1)).ToList();
            return "new " + type + (items.Count == 0 ? "()" : "{" + string.Join(", ", items) + "}");
        }
        return "<" + type + ">";
    }

    static void Write(string line) {
        byte[] bytes = new UTF8Encoding(false).GetBytes(line.Replace("\r", "\\r").Replace("\n", "\\n") + "\n");
        Out.Write(bytes, 0, bytes.Length);
        Out.Flush();
    }

    static string Describe(System.Exception e) { return e.GetType().FullName + ": " + e.Message; }

    static void Report(int index, string status, string detail) {
        Write(Nonce + " " + index + " " + status + (detail.Length > 0 ? " " + detail : ""));
        if (status != "pass") failures++;
    }

    public static void Check<T>(int index, System.Func<T> call, System.Func<T, Tol, bool> test, double rel, double abs, bool strict) {
        T v;
        try { v = call(); }
        catch (System.OutOfMemoryException) { Report(index, "oom", "OutOfMemoryException"); return; }
        catch (System.Exception e) { Report(index, "error", Describe(e)); return; }
        bool ok;
        try { ok = test(v, new Tol(rel, abs, strict)); }
        catch (System.Exception e) { Report(index, "error", Describe(e)); return; }
        if (ok) Report(index, "pass", "");
        else Report(index, "fail", "got " + Show(v));
    }

    public static void Raises(int index, System.Action call) {
        try { call(); }
        catch (System.OutOfMemoryException) { Report(index, "oom", "OutOfMemoryException"); return; }
        catch (System.Exception) { Report(index, "pass", ""); return; }
        Report(index, "fail", "no exception raised");
    }

    // The value the call returned, for the executor to judge (the expected value is not in this program).
    public static void Observe<T>(int index, System.Func<T> call) {
        string shown;
        try { shown = Show(call()); }
        catch (System.OutOfMemoryException) { Write(Nonce + " " + index + " oom OutOfMemoryException"); return; }
        catch (System.Exception e) { Write(Nonce + " " + index + " error " + Describe(e)); return; }
        Write(Nonce + " " + index + " value " + shown);
    }

    public static void FinishObserved() {
        Write(Nonce + " done");
        System.Environment.Exit(0);
    }

    public static void Finish(int count) {
        Write(Nonce + " done " + (count - failures) + " " + failures);
        System.Environment.Exit(failures == 0 ? 0 : 1);
    }
}
