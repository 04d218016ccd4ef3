-- expect-fail: 22
-- Mutant: truncating division instead of floor division.
local function histogram(values, bucket)
  if bucket == nil then bucket = 1 end
  if bucket <= 0 then error("bucket must be positive") end
  local counts = {}
  for _, v in ipairs(values) do
    local key = (v < 0 and -((-v) // bucket) or v // bucket) * bucket
    counts[key] = (counts[key] or 0) + 1
  end
  return counts
end
