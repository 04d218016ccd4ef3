import std.math;
bool[long] common_elements(bool[long] a, bool[long] b)
{
    bool[long] out_;
    foreach (x, _; a)
        if (x in b)
            out_[x] = true;
    return out_;
}
