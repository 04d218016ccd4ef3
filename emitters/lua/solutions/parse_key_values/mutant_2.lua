-- expect-fail: 18 35
-- Mutant: keys are not stripped of surrounding whitespace.
local function strip(s)
  return (s:gsub("^%s+", ""):gsub("%s+$", ""))
end

local function split_plain(s, sep)
  local parts = {}
  local start = 1
  while true do
    local i, j = string.find(s, sep, start, true)
    if not i then
      parts[#parts + 1] = s:sub(start)
      return parts
    end
    parts[#parts + 1] = s:sub(start, i - 1)
    start = j + 1
  end
end

local function parse_key_values(text, sep)
  if sep == nil then sep = ";" end
  if sep == "" then error("empty separator") end
  local result = {}
  for _, entry in ipairs(split_plain(text, sep)) do
    if strip(entry) ~= "" then
      local eq = string.find(entry, "=", 1, true)
      if not eq then error("missing '=' in entry: " .. entry) end
      local key = entry:sub(1, eq - 1)
      local values = result[key]
      if values == nil then
        values = {}
        result[key] = values
      end
      for _, item in ipairs(split_plain(entry:sub(eq + 1), ",")) do
        local s = strip(item)
        if s ~= "" then
          if not s:match("^[+-]?%d+$") then error("invalid integer: " .. s) end
          values[#values + 1] = math.tointeger(tonumber(s))
        end
      end
    end
  end
  return result
end
