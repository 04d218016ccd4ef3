defmodule HumanEval do
  def has_close_elements(numbers, threshold) do
    numbers
    |> Enum.sort()
    |> Enum.chunk_every(2, 1, :discard)
    |> Enum.any?(fn [a, b] -> b - a < threshold end)
  end
end
