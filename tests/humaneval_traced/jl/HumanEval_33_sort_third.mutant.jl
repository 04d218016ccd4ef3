function sort_third(l::Vector{Int64})::Vector{Int64}
    # wrong: takes "divisible by three" on 1-based positions: it sorts 3, 6, 9, ... (Python's l[2::3])
    out = copy(l)
    out[3:3:end] = sort(l[3:3:end])
    return out
end
