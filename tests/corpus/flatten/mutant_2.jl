# expect-fail: 14 16 21 22 23
# Mutant: a negative depth behaves like 0 instead of "flatten completely".
# The header's types are exact, and Julia's convert into a Union (other than Union{T, Nothing}) only accepts
# a value of a member type: an Int64 item must become a Float64 in the result, and a kept inner vector must
# take its declared element type. _fl_coerce rebuilds a value in type T, member by member, element by element.
_fl_members(T) = T isa Union ? Base.uniontypes(T) : Any[T]

function _fl_coerce(T::Type, x)
    x isa T && return x
    for S in _fl_members(T)
        if x isa Real && S <: Real && S !== Bool
            return convert(S, x)
        elseif x isa AbstractVector && S <: AbstractVector
            E = eltype(S)
            out = Vector{E}()
            for y in x
                push!(out, _fl_coerce(E, y))
            end
            return out
        elseif x isa AbstractString && S <: AbstractString
            return convert(S, x)
        end
    end
    return convert(T, x)
end

function _fl_walk!(out::Vector{Any}, items, d::Int64)
    for x in items
        if x isa AbstractVector && d > 0
            _fl_walk!(out, x, d - 1)
        else
            push!(out, x)
        end
    end
    return out
end

function flatten(nested::Vector{Union{Int64, Vector{Union{Float64, Vector{Union{Float64, Vector{Int64}, Bool}}, String, Bool}}}}, depth::Int64 = -1)::Vector{Union{Float64, Vector{Union{Int64, Vector{Int64}}}, String, Bool}}
    out = _fl_walk!(Any[], nested, depth)
    return _fl_coerce(Vector{Union{Float64, Vector{Union{Int64, Vector{Int64}}}, String, Bool}}, out)
end
