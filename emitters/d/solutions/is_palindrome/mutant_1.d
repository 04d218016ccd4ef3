// expect-fail: 15 17
// Mutant: compares UTF-8 bytes instead of characters.
import std.math;
bool is_palindrome(string text, bool ignore_case)
{
    import std.conv : to;
    import std.uni : toLower;
    auto t = (ignore_case ? toLower(text) : text);
    foreach (i; 0 .. t.length / 2)
        if (t[i] != t[t.length - 1 - i])
            return false;
    return true;
}
