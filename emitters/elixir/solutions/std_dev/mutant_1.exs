# expect-fail: 17 26 27
# Mutant: always divides by n (ddof only used for validation).
defmodule HumanEval do
  def std_dev(values, ddof \\ 0) do
    n = length(values)
    if n - ddof <= 0, do: raise(ArgumentError, "not enough values")
    mean = Enum.sum(values) / n
    squares = values |> Enum.map(&((&1 - mean) * (&1 - mean))) |> Enum.sum()
    :math.sqrt(squares / n)
  end
end
