function change_base(x::Int64, base::Int64)::String
    # wrong: appends each digit, so the digits come out least significant first
    ret = ""
    while x > 0
        ret = ret * string(mod(x, base))
        x = fld(x, base)
    end
    return ret
end
