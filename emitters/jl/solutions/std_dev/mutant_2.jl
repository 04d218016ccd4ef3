# expect-fail: 16 17 18 20
# Mutant: the mean uses floor division.
function std_dev(values::Vector{Float64}, ddof::Int64 = 0)::Float64
    n = length(values)
    n - ddof <= 0 && throw(ArgumentError("not enough values"))
    total = 0.0
    for v in values
        total += v
    end
    mean = fld(total, n)
    squares = 0.0
    for v in values
        squares += (v - mean) * (v - mean)
    end
    return sqrt(squares / (n - ddof))
end
