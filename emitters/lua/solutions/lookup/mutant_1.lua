-- expect-fail: 17 18
-- Mutant: like Python's `table.get(key) or default`, also replaces an empty-string value.
local function lookup(table, key, default)
  local value = table[key]
  if value == nil or value == "" then
    return default
  end
  return value
end
