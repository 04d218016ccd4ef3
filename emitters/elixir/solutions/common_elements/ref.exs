defmodule HumanEval do
  def common_elements(a, b), do: MapSet.intersection(a, b)
end
