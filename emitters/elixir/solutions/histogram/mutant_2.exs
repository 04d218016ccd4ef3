# expect-fail: 32
# Mutant: only rejects a zero bucket, not a negative one.
defmodule HumanEval do
  def histogram(_values, 0), do: raise(ArgumentError, "bucket must be positive")
  def histogram(values, bucket \\ 1), do: Enum.frequencies_by(values, &(Integer.floor_div(&1, bucket) * bucket))
end
