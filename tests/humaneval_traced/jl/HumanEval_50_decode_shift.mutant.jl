function decode_shift(s::String)::String
    # wrong: shifts forward by 5, as encode_shift does, instead of back
    a = Int('a')
    return join(Char(mod(Int(ch) + 5 - a, 26) + a) for ch in s)
end
