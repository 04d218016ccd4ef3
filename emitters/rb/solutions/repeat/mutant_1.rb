# expect-fail: 13 14
# Mutant: puts end in front of the repeated text.
def repeat(s, n, sep = "", end_ = "")
  return end_ if n <= 0
  end_ + Array.new(n, s).join(sep)
end
