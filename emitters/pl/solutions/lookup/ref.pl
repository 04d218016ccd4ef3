sub lookup {
    my($table, $key, $default) = @_;
    return exists $table->{$key} ? $table->{$key} : $default;
}
