# expect-fail: 18 35
# Mutant: keys are not stripped of surrounding whitespace.
function parse_key_values(text::String, sep::String = ";")::Dict{String, Vector{Int64}}
    isempty(sep) && throw(ArgumentError("empty separator"))
    result = Dict{String, Vector{Int64}}()
    for entry in split(text, sep)
        isempty(strip(entry)) && continue
        parts = split(entry, "="; limit = 2)  # like str.partition("=")
        length(parts) == 2 || throw(ArgumentError("missing '=' in entry " * repr(entry)))
        nums = get!(result, String(parts[1]), Int64[])
        for item in split(parts[2], ",")
            s = strip(item)
            if !isempty(s)
                push!(nums, parse(Int64, s))
            end
        end
    end
    return result
end
