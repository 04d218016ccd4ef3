def chunk(items, size)
  raise ArgumentError, "size must be positive" if size <= 0
  items.each_slice(size).to_a
end
