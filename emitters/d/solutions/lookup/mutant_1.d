// expect-fail: 17 18
// Mutant: `table.get(key) or default` also replaces an empty-string value.
import std.math;
import std.typecons;
Nullable!(string) lookup(string[long] table, long key, Nullable!(string) default_)
{
    if (auto v = key in table)
        if ((*v).length)
            return Nullable!(string)(*v);
    return default_;
}
