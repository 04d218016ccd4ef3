defmodule HumanEval do
  def double(x), do: 2 * x
end
