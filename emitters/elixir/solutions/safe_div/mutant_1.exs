# expect-fail: 28 29
# Mutant: returns 0 instead of nil for a zero divisor.
defmodule HumanEval do
  def safe_div(a, b, strict \\ false)
  def safe_div(_a, b, true) when b == 0, do: raise(ArithmeticError, "division by zero")
  def safe_div(_a, b, _strict) when b == 0, do: 0
  def safe_div(a, b, _strict), do: a / b
end
