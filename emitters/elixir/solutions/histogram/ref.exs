defmodule HumanEval do
  def histogram(_values, bucket) when bucket <= 0, do: raise(ArgumentError, "bucket must be positive")
  def histogram(values, bucket \\ 1), do: Enum.frequencies_by(values, &(Integer.floor_div(&1, bucket) * bucket))
end
