# expect-fail: 17 18
# Mutant: like Python's `table.get(key) or default`, also replaces an empty-string value.
def lookup(table, key, default = nil)
  value = table[key]
  value.nil? || value.empty? ? default : value
end
