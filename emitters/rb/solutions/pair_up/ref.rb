def pair_up(items, overlap = false)
  overlap ? items.each_cons(2).to_a : items.each_slice(2).select { |pair| pair.length == 2 }
end
