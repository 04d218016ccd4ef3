# expect-fail: 22
# Mutant: truncating division instead of floor division.
function histogram(values::Vector{Int64}, bucket::Int64 = 1)::Dict{Int64, Int64}
    bucket <= 0 && throw(ArgumentError("bucket must be positive"))
    counts = Dict{Int64, Int64}()
    for v in values
        key = trunc(Int64, v / bucket) * bucket
        counts[key] = get(counts, key, 0) + 1
    end
    return counts
end
