// expect-fail: 11
// Mutant: silently drops negative numbers.
import std.math;
bool[long] common_elements(bool[long] a, bool[long] b)
{
    bool[long] out_;
    foreach (x, _; a)
        if (x in b && x >= 0)
            out_[x] = true;
    return out_;
}
