# expect-fail: 10 13 17 20
# Mutant: sorts but does not remove duplicates.
defmodule HumanEval do
  def unique_sorted(values, reverse \\ false), do: Enum.sort(values, if(reverse, do: :desc, else: :asc))
end
