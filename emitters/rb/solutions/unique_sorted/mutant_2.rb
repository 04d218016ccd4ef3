# expect-fail: 10 13 17 20
# Mutant: sorts but does not remove duplicates.
def unique_sorted(values, reverse = false)
  out = values.sort
  reverse ? out.reverse : out
end
