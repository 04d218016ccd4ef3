# expect-fail: 14 15
# Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
defmodule HumanEval do
  def int_pow(_base, exp) when exp < 0, do: raise(ArgumentError, "negative exponent")
  def int_pow(base, exp), do: Enum.reduce(List.duplicate(base, max(exp - 1, 0)), base, &(&1 * &2))
end
