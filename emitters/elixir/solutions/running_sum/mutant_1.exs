# expect-fail: 24 25 28
# Mutant: adds the absolute value of each element.
defmodule HumanEval do
  def running_sum(numbers), do: numbers |> Enum.map(&abs/1) |> Enum.scan(&(&1 + &2))
end
