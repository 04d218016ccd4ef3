const __tc_nonce = get(ENV, "{{ NONCE_VARIABLE }}", "{{ DEFAULT_NONCE }}")
__tc_failures = 0

function __tc_close(a::Float64, b::Float64, tol)
    rel, abs_tol, strict = tol
    (isnan(a) && isnan(b)) && return true
    a == b && return true
    diff = abs(a - b)
    bound = max(rel * max(abs(a), abs(b)), abs_tol)
    return strict ? diff < bound : diff <= bound
end

# Python's == on the values these stand for: vectors and tuples elementwise, dicts by content, integers
# exactly, other numbers within tol (true equals 1, as in Python).
function __tc_eq(a, b, tol)
    if a isa Number && b isa Number
        (a isa Integer && b isa Integer) && return a == b
        return __tc_close(Float64(a), Float64(b), tol)
    elseif (a isa AbstractVector || a isa Tuple) && (b isa AbstractVector || b isa Tuple)
        length(a) == length(b) || return false
        return all(__tc_eq(x, y, tol) for (x, y) in zip(a, b))
    elseif a isa AbstractDict && b isa AbstractDict
        length(a) == length(b) || return false
        return all(haskey(a, k) && __tc_eq(a[k], v, tol) for (k, v) in b)
    elseif a isa AbstractSet && b isa AbstractSet
        return length(a) == length(b) && all(any(__tc_eq(x, y, tol) for y in b) for x in a)
    elseif a isa AbstractString && b isa AbstractString
        return a == b
    end
    return a === b || isequal(a, b)
end

function __tc_truthy(v)
    (v === nothing || v === false) && return false
    v isa Number && return !iszero(v)
    (v isa AbstractString || v isa AbstractVector || v isa Tuple || v isa AbstractDict || v isa AbstractSet) &&
        return !isempty(v)
    return true
end

__tc_sortkey(x) = x isa Number || x isa AbstractString ? x : repr(x)
__tc_sorted(v::AbstractDict) = sort(collect(keys(v)); by = __tc_sortkey)
__tc_sorted(v) = sort(collect(v); by = __tc_sortkey)
__tc_set(v) = Set(v)
__tc_list(v) = v isa AbstractDict ? collect(keys(v)) : collect(v)
__tc_tuple(v) = __tc_list(v)

function __tc_show(v)
    text = repr(v)
    return length(text) > 300 ? first(text, 300) * "..." : text
end

function __tc_report(index, status, detail = "")
    global __tc_failures
    line = "$(__tc_nonce) $(index) $(status)" * (isempty(detail) ? "" : " " * detail)
    println(replace(line, "\r" => "\\r", "\n" => "\\n"))
    flush(stdout)
    status == "pass" || (__tc_failures += 1)
end

function __tc_emit(index, kind, detail)
    println(replace("$(__tc_nonce) $(index) $(kind) $(detail)", "\r" => "\\r", "\n" => "\\n"))
    flush(stdout)
end

# The value the call returned, for the executor to judge (the expected value is not in this program).
function __tc_observe(index, thunk)
    local v
    try
        v = thunk()
    catch e
        __tc_emit(index, e isa OutOfMemoryError ? "oom" : "error", sprint(showerror, e))
        return
    end
    __tc_emit(index, "value", repr(v))
end

function __tc_finish_observed()
    println("$(__tc_nonce) done")
    flush(stdout)
    exit(0)
end

function __tc_holds(relation, v, expected, tol)
    relation in (:equals, :approx) && return __tc_eq(v, expected, tol)
    relation === :not_equals && return !__tc_eq(v, expected, tol)
    relation === :truthy && return __tc_truthy(v)
    relation === :falsy && return !__tc_truthy(v)
    relation === :is_none && return v === nothing
    relation === :is_not_none && return v !== nothing
    relation === :is_true && return v === true
    relation === :is_false && return v === false
    return false
end

function __tc_check(index, thunk, relation, expected, tol)
    local v
    try
        v = thunk()
    catch e
        if e isa OutOfMemoryError
            __tc_report(index, "oom", "OutOfMemoryError")
        elseif relation === :raises
            __tc_report(index, "pass")
        else
            __tc_report(index, "error", sprint(showerror, e))
        end
        return
    end
    if __tc_holds(relation, v, expected, tol)
        __tc_report(index, "pass")
    elseif relation === :raises
        __tc_report(index, "fail", "no exception raised; got " * __tc_show(v))
    else
        __tc_report(index, "fail", "got " * __tc_show(v))
    end
end

function __tc_finish(count)
    println("$(__tc_nonce) done $(count - __tc_failures) $(__tc_failures)")
    exit(__tc_failures == 0 ? 0 : 1)
end
