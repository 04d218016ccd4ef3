// expect-fail: 13 14
// Mutant: puts end in front of the repeated text.
import std.math;
string repeat(string s, long n, string sep, string end)
{
    import std.array : join;
    if (n <= 0)
        return end;
    string[] parts;
    foreach (i; 0 .. n)
        parts ~= s;
    return end ~ parts.join(sep);
}
