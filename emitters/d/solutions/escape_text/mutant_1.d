// expect-fail: 19 31
// Mutant: forgets to escape backslashes.
import std.math;
string escape_text(string text, string quote)
{
    import std.conv : to;
    // quote is a str: a character equals it only when quote is exactly that one character
    dstring q = quote.to!dstring;
    string out_;
    foreach (dchar ch; text)
    {
        if (false)
            out_ ~= "\\\\";
        else if (q.length == 1 && ch == q[0])
        {
            out_ ~= '\\';
            out_ ~= ch;
        }
        else if (ch == '\n')
            out_ ~= "\\n";
        else if (ch == '\t')
            out_ ~= "\\t";
        else if (ch == '\r')
            out_ ~= "\\r";
        else
            out_ ~= ch;
    }
    return out_;
}
