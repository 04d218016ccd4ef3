# expect-fail: 23 24
# Mutant: a repeated key replaces the earlier list instead of extending it.
defmodule HumanEval do
  def parse_key_values(text, sep \\ ";")
  def parse_key_values(_text, ""), do: raise(ArgumentError, "empty separator")

  def parse_key_values(text, sep) do
    text
    |> String.split(sep)
    |> Enum.reject(&(String.trim(&1) == ""))
    |> Enum.reduce(%{}, fn entry, acc ->
      case String.split(entry, "=", parts: 2) do
        [key, numbers] -> Map.put(acc, String.trim(key), numbers(numbers))
        _ -> raise ArgumentError, "missing = in entry: #{entry}"
      end
    end)
  end

  defp numbers(text) do
    text
    |> String.split(",")
    |> Enum.map(&String.trim/1)
    |> Enum.reject(&(&1 == ""))
    |> Enum.map(&String.to_integer/1)
  end
end

