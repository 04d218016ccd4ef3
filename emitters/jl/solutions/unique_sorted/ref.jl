function unique_sorted(values::Vector{Int64}, reverse::Bool = false)::Vector{Int64}
    return sort(collect(Set(values)); rev = reverse)
end
