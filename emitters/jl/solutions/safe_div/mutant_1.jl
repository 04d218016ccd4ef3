# expect-fail: 28 29
# Mutant: returns 0 instead of nothing for a zero divisor.
function safe_div(a::Float64, b::Float64, strict::Bool = false)::Union{Float64, Nothing}
    if b == 0
        strict && throw(DivideError())
        return 0.0
    end
    return a / b
end
