# expect-fail: 13 14
# Mutant: puts end in front of the repeated text.
function repeat(s::String, n::Int64, sep::String = "", end_::String = "")::String
    n <= 0 && return end_
    return end_ * join(fill(s, n), sep)
end
