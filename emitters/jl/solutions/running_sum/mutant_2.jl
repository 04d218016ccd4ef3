# expect-fail: 27 28
# Mutant: truncates every element to an integer before adding it.
function running_sum(numbers::Vector{Float64})::Vector{Float64}
    result = Float64[]
    total = 0
    for x in numbers
        total += trunc(Int64, x)
        push!(result, total)
    end
    return result
end
