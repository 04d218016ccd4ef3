defmodule HumanEval do
  def is_palindrome(text, ignore_case \\ false) do
    points = String.codepoints(if ignore_case, do: String.downcase(text), else: text)
    points == Enum.reverse(points)
  end
end
