# expect-fail: 10 13 17 20
# Mutant: sorts but does not remove duplicates.
function unique_sorted(values::Vector{Int64}, reverse::Bool = false)::Vector{Int64}
    return sort(values; rev = reverse)
end
