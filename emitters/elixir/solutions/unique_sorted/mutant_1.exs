# expect-fail: 24 25
# Mutant: ignores reverse.
defmodule HumanEval do
  def unique_sorted(values, _reverse \\ false), do: values |> Enum.uniq() |> Enum.sort()
end
