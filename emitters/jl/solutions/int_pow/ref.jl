function int_pow(base::Int64, exp::Int64)
    exp < 0 && throw(ArgumentError("negative exponent"))
    result = big(1)  # Python integers do not overflow
    for _ in 1:exp
        result *= base
    end
    return result
end
