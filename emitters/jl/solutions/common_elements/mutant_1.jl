# expect-fail: 11
# Mutant: silently drops negative numbers.
function common_elements(a::Set{Union{Int64, String}}, b::Set{Union{Int64, String}})::Set{Union{Int64, String}}
    out = Set{eltype(a)}()
    for x in a
        if x in b && !(x isa Integer && x < 0)
            push!(out, x)
        end
    end
    return out
end
