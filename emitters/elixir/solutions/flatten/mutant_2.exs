# expect-fail: 14 16 21 22 23
# Mutant: a negative depth behaves like 0 instead of "flatten completely".
defmodule HumanEval do
  def flatten(nested, depth \\ -1) do
    Enum.flat_map(nested, fn
      x when is_list(x) and depth > 0 -> flatten(x, depth - 1)
      x -> [x]
    end)
  end
end
