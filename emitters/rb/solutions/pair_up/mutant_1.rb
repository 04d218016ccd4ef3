# expect-fail: 18 23
# Mutant: ignores overlap.
def pair_up(items, overlap = false)
  items.each_slice(2).select { |pair| pair.length == 2 }
end
