# expect-fail: 20
# Mutant: puts the smaller item of each pair first.
def pair_up(items, overlap = false)
  pairs = overlap ? items.each_cons(2).to_a : items.each_slice(2).select { |pair| pair.length == 2 }
  pairs.map(&:sort)
end
