function lookup(table, key, default_) {
  return table.has(key) ? table.get(key) : default_;
}
