# expect-fail: 5 15
# Mutant: drops a short last chunk.
def chunk(items, size)
  raise ArgumentError, "size must be positive" if size <= 0
  items.each_slice(size).select { |part| part.length == size }
end
