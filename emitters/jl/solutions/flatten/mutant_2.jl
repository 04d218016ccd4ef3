# expect-fail: 14 16 21 22 23
# Mutant: a negative depth behaves like 0 instead of "flatten completely".
function _fl_walk!(out::Vector{Any}, items, d::Int64)
    for x in items
        if x isa AbstractVector && d > 0
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
