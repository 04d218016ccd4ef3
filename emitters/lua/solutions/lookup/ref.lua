local function lookup(table, key, default)
  local value = table[key]
  if value == nil then
    return default
  end
  return value
end
