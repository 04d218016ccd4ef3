# expect-fail: 27 28
# Mutant: truncates every element to an integer before adding it.
defmodule HumanEval do
  def running_sum(numbers), do: numbers |> Enum.map(&trunc/1) |> Enum.scan(&(&1 + &2))
end
