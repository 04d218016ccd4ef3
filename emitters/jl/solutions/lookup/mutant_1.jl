# expect-fail: 17 18
# Mutant: like Python's `table.get(key) or default`, also replaces an empty-string value.
function lookup(table::Dict{Int64, String}, key::Int64, default::Union{String, Nothing} = nothing)::Union{String, Nothing}
    value = get(table, key, nothing)
    if value === nothing || isempty(value)
        return default
    end
    return value
end
