defmodule HumanEval do
  def parse_key_values(text, sep \\ ";")
  def parse_key_values(_text, ""), do: raise(ArgumentError, "empty separator")

  def parse_key_values(text, sep) do
    text
    |> String.split(sep)
    |> Enum.reject(&(String.trim(&1) == ""))
    |> Enum.reduce(%{}, fn entry, acc ->
      case String.split(entry, "=", parts: 2) do
        [key, numbers] -> Map.update(acc, String.trim(key), numbers(numbers), &(&1 ++ numbers(numbers)))
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

