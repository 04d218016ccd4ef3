function repeat(s::String, n::Int64, sep::String = "", end_::String = "")::String
    n <= 0 && return end_
    return join(fill(s, n), sep) * end_
end
