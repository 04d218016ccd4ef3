# expect-fail: 11 12 13 14
# Mutant: returns 1 / 0 instead of true / false.
defmodule HumanEval do
  def is_palindrome(text, ignore_case \\ false) do
    points = String.codepoints(if ignore_case, do: String.downcase(text), else: text)
    if points == Enum.reverse(points), do: 1, else: 0
  end
end
