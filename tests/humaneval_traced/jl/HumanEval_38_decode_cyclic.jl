function decode_cyclic(s::String)::String
    # encode_cyclic moves the first character of each full group of three to its end; doing that twice
    # more brings every character back where it was
    function encode_cyclic(t::String)::String
        chars = collect(t)
        n = length(chars)
        groups = String[]
        for i in 1:3:n
            group = chars[i:min(i + 2, n)]
            if length(group) == 3
                group = vcat(group[2:3], group[1:1])
            end
            push!(groups, String(group))
        end
        return join(groups)
    end
    return encode_cyclic(encode_cyclic(s))
end
