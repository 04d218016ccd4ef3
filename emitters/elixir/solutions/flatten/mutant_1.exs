# expect-fail: 18 19 20
# Mutant: ignores depth and always flattens completely.
defmodule HumanEval do
  def flatten(nested, depth \\ -1) do
    Enum.flat_map(nested, fn
      x when is_list(x) -> flatten(x, depth - 1)
      x -> [x]
    end)
  end
end
