defmodule HumanEval do
  def pair_up(items, overlap \\ false) do
    items |> Enum.chunk_every(2, if(overlap, do: 1, else: 2), :discard) |> Enum.map(&List.to_tuple/1)
  end
end
