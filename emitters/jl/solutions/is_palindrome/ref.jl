function is_palindrome(text::String, ignore_case::Bool = false)::Bool
    if ignore_case
        text = lowercase(text)
    end
    chars = collect(text)  # code points, not bytes
    return chars == reverse(chars)
end
