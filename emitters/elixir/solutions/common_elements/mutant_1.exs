# expect-fail: 11
# Mutant: silently drops negative numbers.
defmodule HumanEval do
  def common_elements(a, b) do
    a |> MapSet.intersection(b) |> MapSet.reject(&(is_integer(&1) and &1 < 0))
  end
end
