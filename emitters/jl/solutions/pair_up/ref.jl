function pair_up(items::Vector{Int64}, overlap::Bool = false)::Vector{Tuple{Int64, Int64}}
    step = overlap ? 1 : 2
    return [(items[i], items[i + 1]) for i in 1:step:(length(items) - 1)]
end
