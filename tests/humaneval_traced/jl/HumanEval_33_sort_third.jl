function sort_third(l::Vector{Int64})::Vector{Int64}
    # positions 1, 4, 7, ... (Python's l[::3]) get those same values, sorted
    out = copy(l)
    out[1:3:end] = sort(l[1:3:end])
    return out
end
