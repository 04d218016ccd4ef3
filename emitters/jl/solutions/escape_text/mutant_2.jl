# expect-fail: 17
# Mutant: escapes both kinds of quote, whatever quote is.
function escape_text(text::String, quote_::String = "\"")::String
    io = IOBuffer()
    for ch in text
        if ch == '\\'
            print(io, "\\\\")
        elseif string(ch) == quote_ || ch == '\'' || ch == '"'
            print(io, '\\', ch)
        elseif ch == '\n'
            print(io, "\\n")
        elseif ch == '\t'
            print(io, "\\t")
        elseif ch == '\r'
            print(io, "\\r")
        else
            print(io, ch)
        end
    end
    return String(take!(io))
end
