# expect-fail: 17 18
# Mutant: like Python's `table.get(key) or default`, also replaces an empty-string value.
defmodule HumanEval do
  def lookup(table, key, default \\ nil) do
    case Map.get(table, key) do
      v when v in [nil, ""] -> default
      v -> v
    end
  end
end
