function decode_shift(s::String)::String
    # every letter back by 5 in the alphabet (Julia's mod is floored, as Python's % is)
    a = Int('a')
    return join(Char(mod(Int(ch) - 5 - a, 26) + a) for ch in s)
end
