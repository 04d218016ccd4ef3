function add(x::Int64, y::Int64)::Int64
    return x + y
end
