# expect-fail: 15 17
# Mutant: compares UTF-8 bytes instead of characters.
defmodule HumanEval do
  def is_palindrome(text, ignore_case \\ false) do
    bytes = :binary.bin_to_list(if ignore_case, do: String.downcase(text), else: text)
    bytes == Enum.reverse(bytes)
  end
end
