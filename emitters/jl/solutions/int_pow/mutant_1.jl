# expect-fail: 14 15
# Mutant: starts from base and multiplies exp - 1 times, so x ^ 0 gives x.
function int_pow(base::Int64, exp::Int64)
    exp < 0 && throw(ArgumentError("negative exponent"))
    result = big(base)  # Python integers do not overflow
    for _ in 1:(exp - 1)
        result *= base
    end
    return result
end
