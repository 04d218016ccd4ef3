local function repeat_(s, n, sep, end_)
  if sep == nil then sep = "" end
  if end_ == nil then end_ = "" end
  if n <= 0 then return end_ end
  return string.rep(s, n, sep) .. end_
end
