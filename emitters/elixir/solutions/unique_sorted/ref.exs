defmodule HumanEval do
  def unique_sorted(values, reverse \\ false) do
    values |> Enum.uniq() |> Enum.sort(if reverse, do: :desc, else: :asc)
  end
end
