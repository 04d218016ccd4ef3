# expect-fail: 19 31
# Mutant: forgets to escape backslashes.
defmodule HumanEval do
  def escape_text(text, quote \\ "\"") do
    text
    |> String.graphemes()
    |> Enum.map_join(fn
      ^quote -> "\\" <> quote
      "\n" -> "\\n"
      "\t" -> "\\t"
      "\r" -> "\\r"
      "\r\n" -> "\\r\\n"
      ch -> ch
    end)
  end
end
