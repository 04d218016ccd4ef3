def lookup(table, key, default = nil)
  table.fetch(key, default)
end
