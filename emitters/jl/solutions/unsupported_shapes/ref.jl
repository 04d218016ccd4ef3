function double(x::Int64)::Int64
    return 2 * x
end
