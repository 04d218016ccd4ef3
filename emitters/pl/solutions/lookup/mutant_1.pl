# expect-fail: 17 18
# Mutant: like Python's `table.get(key) or default`, also replaces an empty-string value.
sub lookup {
    my($table, $key, $default) = @_;
    my $value = $table->{$key};
    return defined $value && $value ne "" ? $value : $default;
}
