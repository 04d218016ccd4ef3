function double_the_difference(lst::Vector{Float64})::Int64
    # the harness passes every number as a Float64 (5 as 5.0), so Python's '"." not in str(i)' (an int)
    # can only be read here as "has no fractional part"
    total = 0
    for i in lst
        if i > 0 && isinteger(i) && mod(i, 2) != 0
            total += Int64(i)^2
        end
    end
    return total
end
