# expect-fail: 22
# Mutant: truncating division instead of floor division.
defmodule HumanEval do
  def histogram(_values, bucket) when bucket <= 0, do: raise(ArgumentError, "bucket must be positive")
  def histogram(values, bucket \\ 1), do: Enum.frequencies_by(values, &(div(&1, bucket) * bucket))
end
