local function unique_sorted(values, reverse)
  local seen, out = {}, {}
  for _, v in ipairs(values) do
    if not seen[v] then
      seen[v] = true
      out[#out + 1] = v
    end
  end
  if reverse then
    table.sort(out, function(a, b) return a > b end)
  else
    table.sort(out)
  end
  return out
end
