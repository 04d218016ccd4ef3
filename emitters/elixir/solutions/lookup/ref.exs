defmodule HumanEval do
  def lookup(table, key, default \\ nil), do: Map.get(table, key, default)
end
