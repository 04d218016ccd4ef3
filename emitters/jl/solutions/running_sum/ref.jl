function running_sum(numbers::Vector{Float64})::Vector{Float64}
    result = Float64[]
    total = 0.0
    for x in numbers
        total += x
        push!(result, total)
    end
    return result
end
