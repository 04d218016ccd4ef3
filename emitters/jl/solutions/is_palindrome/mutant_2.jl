# expect-fail: 11 12 13 14
# Mutant: returns 1 / 0 instead of true / false. The header's `::Bool` is left out: with it, Julia would
# convert 1 and 0 back to true and false, and the mistake could not be made.
function is_palindrome(text::String, ignore_case::Bool = false)
    if ignore_case
        text = lowercase(text)
    end
    chars = collect(text)
    return chars == reverse(chars) ? 1 : 0
end
