// expect-fail: 17 18
// Mutant: like Python's `table.get(key) or default`, also replaces an empty-string value.
function lookup(table, key, default_) {
  return table.get(key) || default_;
}
