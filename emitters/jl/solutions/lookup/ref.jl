function lookup(table::Dict{Int64, String}, key::Int64, default::Union{String, Nothing} = nothing)::Union{String, Nothing}
    if haskey(table, key)
        return table[key]
    end
    return default
end
