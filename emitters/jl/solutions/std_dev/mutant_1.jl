# expect-fail: 17 26 27
# Mutant: always divides by n (ddof only used for validation).
function std_dev(values::Vector{Float64}, ddof::Int64 = 0)::Float64
    n = length(values)
    n - ddof <= 0 && throw(ArgumentError("not enough values"))
    total = 0.0
    for v in values
        total += v
    end
    mean = total / n
    squares = 0.0
    for v in values
        squares += (v - mean) * (v - mean)
    end
    return sqrt(squares / n)
end
