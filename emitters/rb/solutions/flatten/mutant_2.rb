# expect-fail: 14 16 21 22 23
# Mutant: a negative depth behaves like 0 instead of "flatten completely".
def flatten(nested, depth = -1)
  nested.flatten([depth, 0].max)
end
