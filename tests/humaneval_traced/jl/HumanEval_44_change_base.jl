function change_base(x::Int64, base::Int64)::String
    ret = ""
    while x > 0
        ret = string(mod(x, base)) * ret
        x = fld(x, base)
    end
    return ret
end
