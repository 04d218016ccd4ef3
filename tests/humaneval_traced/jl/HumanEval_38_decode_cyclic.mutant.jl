function decode_cyclic(s::String)::String
    # wrong: cycles each group of three once more the same way, which encodes again instead of decoding
    chars = collect(s)
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
