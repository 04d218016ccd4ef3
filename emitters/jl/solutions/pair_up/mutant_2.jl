# expect-fail: 20
# Mutant: puts the smaller item of each pair first.
function pair_up(items::Vector{Int64}, overlap::Bool = false)::Vector{Tuple{Int64, Int64}}
    step = overlap ? 1 : 2
    return [
        (min(items[i], items[i + 1]), max(items[i], items[i + 1]))
        for i in 1:step:(length(items) - 1)
    ]
end
