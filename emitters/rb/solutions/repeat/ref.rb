def repeat(s, n, sep = "", end_ = "")
  return end_ if n <= 0
  Array.new(n, s).join(sep) + end_
end
