# expect-fail: 20
# Mutant: puts the smaller item of each pair first.
defmodule HumanEval do
  def pair_up(items, overlap \\ false) do
    items
    |> Enum.chunk_every(2, if(overlap, do: 1, else: 2), :discard)
    |> Enum.map(fn [a, b] -> {min(a, b), max(a, b)} end)
  end
end
