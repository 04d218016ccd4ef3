# expect-fail: 24 25
# Mutant: ignores reverse.
function unique_sorted(values::Vector{Int64}, reverse::Bool = false)::Vector{Int64}
    return sort(collect(Set(values)))
end
