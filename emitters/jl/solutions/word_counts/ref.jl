function word_counts(text::String, min_length::Int64 = 1)::Dict{String, Int64}
    min_length < 1 && throw(ArgumentError("min_length must be positive"))
    counts = Dict{String, Int64}()
    for word in split(lowercase(text))
        length(word) >= min_length && (counts[String(word)] = get(counts, String(word), 0) + 1)
    end
    return counts
end
