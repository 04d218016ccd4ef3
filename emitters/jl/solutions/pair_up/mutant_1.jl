# expect-fail: 18 23
# Mutant: ignores overlap.
function pair_up(items::Vector{Int64}, overlap::Bool = false)::Vector{Tuple{Int64, Int64}}
    return [(items[i], items[i + 1]) for i in 1:2:(length(items) - 1)]
end
