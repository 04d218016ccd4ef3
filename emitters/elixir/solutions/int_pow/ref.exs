defmodule HumanEval do
  def int_pow(_base, exp) when exp < 0, do: raise(ArgumentError, "negative exponent")
  def int_pow(base, exp), do: Enum.reduce(List.duplicate(base, exp), 1, &(&1 * &2))
end
