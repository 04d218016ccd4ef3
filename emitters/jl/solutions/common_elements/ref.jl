function common_elements(a::Set{Union{Int64, String}}, b::Set{Union{Int64, String}})::Set{Union{Int64, String}}
    out = Set{eltype(a)}()
    for x in a
        if x in b
            push!(out, x)
        end
    end
    return out
end
