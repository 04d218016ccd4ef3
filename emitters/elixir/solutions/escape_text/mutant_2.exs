# expect-fail: 17
# Mutant: escapes both kinds of quote, whatever quote is.
defmodule HumanEval do
  def escape_text(text, quote \\ "\"") do
    text
    |> String.graphemes()
    |> Enum.map_join(fn
      "\\" -> "\\\\"
      ch when ch in [quote, "'", "\""] -> "\\" <> ch
      "\n" -> "\\n"
      "\t" -> "\\t"
      "\r" -> "\\r"
      "\r\n" -> "\\r\\n"
      ch -> ch
    end)
  end
end
