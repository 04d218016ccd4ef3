# expect-fail: 15 17
# Mutant: compares UTF-8 bytes instead of characters.
function is_palindrome(text::String, ignore_case::Bool = false)::Bool
    if ignore_case
        text = lowercase(text)
    end
    data = Vector{UInt8}(codeunits(text))
    return data == reverse(data)
end
