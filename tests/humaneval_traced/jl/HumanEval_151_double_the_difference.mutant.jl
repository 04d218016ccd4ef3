function double_the_difference(lst::Vector{Float64})::Int64
    # wrong: ignores zero instead of the negative numbers, so negative odd integers count too
    total = 0
    for i in lst
        if i != 0 && isinteger(i) && mod(i, 2) != 0
            total += Int64(i)^2
        end
    end
    return total
end
