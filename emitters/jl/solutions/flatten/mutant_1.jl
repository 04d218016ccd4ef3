# expect-fail: 18 19 20
# Mutant: ignores depth and always flattens completely.
function _fl_walk!(out::Vector{Any}, items, d::Int64)
    for x in items
        if x isa AbstractVector && true
            _fl_walk!(out, x, d - 1)
        else
            push!(out, x)
        end
    end
    return out
end

function flatten(nested, depth::Int64 = -1)
    return _fl_walk!(Any[], nested, depth)
end
