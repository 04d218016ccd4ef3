local function common_elements(a, b)
  local out = {}
  for x in pairs(a) do
    if b[x] then
      out[x] = true
    end
  end
  return out
end
