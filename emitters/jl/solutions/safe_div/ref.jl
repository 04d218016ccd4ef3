function safe_div(a::Float64, b::Float64, strict::Bool = false)::Union{Float64, Nothing}
    if b == 0
        strict && throw(DivideError())
        return nothing
    end
    return a / b
end
