import std.math;
import std.typecons;
Nullable!(string) lookup(string[long] table, long key, Nullable!(string) default_)
{
    if (auto v = key in table)
        return Nullable!(string)(*v);
    return default_;
}
