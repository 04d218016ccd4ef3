# expect-fail: 13 14
# Mutant: puts end in front of the repeated text.
defmodule HumanEval do
  def repeat(s, n, sep \\ "", end_ \\ "")
  def repeat(_s, n, _sep, end_) when n <= 0, do: end_
  def repeat(s, n, sep, end_), do: end_ <> Enum.join(List.duplicate(s, n), sep)
end
