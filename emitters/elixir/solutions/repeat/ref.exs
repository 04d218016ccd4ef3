defmodule HumanEval do
  def repeat(s, n, sep \\ "", end_ \\ "")
  def repeat(_s, n, _sep, end_) when n <= 0, do: end_
  def repeat(s, n, sep, end_), do: Enum.join(List.duplicate(s, n), sep) <> end_
end
