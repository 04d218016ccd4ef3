# expect-fail: 31 32
# Mutant: ignores strict and never raises.
defmodule HumanEval do
  def safe_div(a, b, strict \\ false)
  def safe_div(_a, b, _strict) when b == 0, do: nil
  def safe_div(a, b, _strict), do: a / b
end
