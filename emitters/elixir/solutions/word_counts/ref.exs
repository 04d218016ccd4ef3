defmodule HumanEval do
  def word_counts(text, min_length \\ 1)
  def word_counts(_text, min_length) when min_length < 1, do: raise(ArgumentError, "min_length must be positive")

  def word_counts(text, min_length) do
    text
    |> String.split()
    |> Enum.map(&String.downcase/1)
    |> Enum.filter(&(String.length(&1) >= min_length))
    |> Enum.frequencies()
  end
end
