function chunk(items::Vector{Union{Float64, String, Vector{Int64}}}, size::Int64)::Vector{Vector{Union{Float64, String, Vector{Int64}}}}
    size <= 0 && throw(ArgumentError("size must be positive"))
    n = length(items)
    out = Vector{typeof(items)}()
    for i in 1:size:n
        push!(out, items[i:min(i + size - 1, n)])
    end
    return out
end
