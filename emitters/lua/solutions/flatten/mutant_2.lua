-- expect-fail: 14 16 21 22 23
-- Mutant: a negative depth behaves like 0 instead of "flatten completely".
local function flatten(nested, depth)
  if depth == nil then depth = -1 end
  local out = {}
  local function walk(items, d)
    for i = 1, #items do
      local x = items[i]
      if type(x) == "table" and d > 0 then
        walk(x, d - 1)
      else
        out[#out + 1] = x
      end
    end
  end
  walk(nested, depth)
  return out
end
