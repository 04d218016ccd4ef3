# expect-fail: 24 25
# Mutant: ignores reverse.
def unique_sorted(values, reverse = false)
  values.uniq.sort
end
