# expect-fail: 31 32
# Mutant: ignores strict and never raises.
function safe_div(a::Float64, b::Float64, strict::Bool = false)::Union{Float64, Nothing}
    if b == 0
        return nothing
    end
    return a / b
end
