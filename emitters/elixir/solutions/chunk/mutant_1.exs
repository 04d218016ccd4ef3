# expect-fail: 5 15
# Mutant: drops a short last chunk.
defmodule HumanEval do
  def chunk(_items, size) when size <= 0, do: raise(ArgumentError, "size must be positive")
  def chunk(items, size), do: Enum.chunk_every(items, size, size, :discard)
end
