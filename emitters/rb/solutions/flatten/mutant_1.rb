# expect-fail: 18 19 20
# Mutant: ignores depth and always flattens completely.
def flatten(nested, depth = -1)
  nested.flatten
end
