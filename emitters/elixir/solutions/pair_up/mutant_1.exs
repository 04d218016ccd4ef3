# expect-fail: 18 23
# Mutant: ignores overlap.
defmodule HumanEval do
  def pair_up(items, _overlap \\ false) do
    items |> Enum.chunk_every(2, 2, :discard) |> Enum.map(&List.to_tuple/1)
  end
end
