# expect-fail: 17
# Mutant: escapes both kinds of quote, whatever quote is.
def escape_text(text, quote = "\"")
  text.each_char.map do |ch|
    case ch
    when "\\" then "\\\\"
    when quote, "'", "\"" then "\\" + ch
    when "\n" then "\\n"
    when "\t" then "\\t"
    when "\r" then "\\r"
    else ch
    end
  end.join
end
