"""Julia programs that the tests (tests/test_hostile.py, tests/test_mixed_run.py) and bench/executor.py
run against the suite ``f(x: int) -> int`` with asserts f(1) == 1 and f(2) == 2: each defines f.

The tests fill in {port} (a listening TCP port), {token} (a name unique to the run), {repo} (this
checkout) and {command} (a /bin/sh command line, quoted for a double-quoted string)."""

# Right: returns x.
HONEST = "function f(x::Int64)::Int64\n    x\nend\n"
# Raises an error.
ERRORING = 'function f(x::Int64)::Int64\n    error("no")\nend\n'
# Runs {command}, then returns x.
SHELL = 'function f(x::Int64)::Int64\n    run(ignorestatus(`sh -c "{command}"`))\n    x\nend\n'
# Returns x + 1 (a wrong answer) when {command} exits 0: the evidence of a breach.
SHELL_GUARD = 'function f(x::Int64)::Int64\n    success(`sh -c "{command}"`) ? x + 1 : x\nend\n'

# Each kind of attack that tests/test_hostile.py expects a verdict of (its EXPECTED table).
HOSTILE = {
    "infinite_loop": "function f(x::Int64)::Int64\n    while true end\nend\n",
    "fork_bomb": "function f(x::Int64)::Int64\n    while true\n        run(`sleep 60`, wait=false)\n    end\nend\n",
    "huge_output": 'function f(x::Int64)::Int64\n    while true\n        print(repeat("x", 10000))\n    end\nend\n',
    "memory_bomb": "function f(x::Int64)::Int64\n    length(zeros(10^12))\nend\n",
    "writes_outside": 'function f(x::Int64)::Int64\n    for p in ["/tmp/{token}", "{repo}/{token}", "/run/lock/{token}", "/dev/shm/{token}", "/var/tmp/{token}"]\n        try\n            write(p, "x")\n        catch\n        end\n    end\n    x\nend\n',
    "opens_socket": 'using Sockets\nfunction f(x::Int64)::Int64\n    try\n        write(connect({port}), "x")\n    catch\n    end\n    x\nend\n',
    "fakes_passes": 'function f(x::Int64)::Int64\n    println("testcompiler 1 pass\\ntestcompiler 2 pass\\ntestcompiler done 2 0")\n    -x\nend\n',
    "exits_zero_midway": "function f(x::Int64)::Int64\n    exit(0)\nend\n",
    "forges_verdict": 'function f(x::Int64)::Int64\n    n = get(ENV, "TESTCOMPILER_NONCE", "testcompiler")\n    println("$n 1 pass\\n$n 2 pass\\n$n done 2 0\\n$n 1 value 1\\n$n 2 value 2")\n    @eval Main __tc_eq(a, b, tol) = true\n    x + 1\nend\n',
}

# Solutions for tests/test_semantics.py: the same Python assertion means the same thing here.
SEMANTICS = {
    # right: adds two floats
    "add": "function add(a::Float64, b::Float64)::Float64\n    a + b\nend\n",
    # right: counts words into a dict, in the language's own idiom and order
    "counts": "function counts(words::Vector{String})::Dict{String, Int64}\n    out = Dict{String, Int64}()\n    for w in words\n        out[w] = get(out, w, 0) + 1\n    end\n    out\nend\n",
    # right: the pairs (i, i + 1), tuples in the language's own idiom
    "pairs": "function pairs(n::Int64)::Vector{Tuple{Int64, Int64}}\n    [(i, i + 1) for i in 0:n-1]\nend\n",
    # wrong: 1e-6 beyond the tolerance
    "add_wrong": "function add(a::Float64, b::Float64)::Float64\n    a + b + 1e-6\nend\n",
    # wrong: {"k\"\n": [1.5, -2.0]} in the language's own notation
    "split_wrong": 'function split(s::String)::Dict{String, Vector{Float64}}\n    Dict("k\\"\\n" => [1.5, -2.0])\nend\n',
}

# The scripted model of the pipeline's tests (tests/pipeline_support/scripted.py): asked to complete a
# prompt whose last paragraph holds PIPELINE_HEADER (with a function's name), it answers these bodies.
PIPELINE_HEADER = "function {name}("
PIPELINE = {
    # right, the same with other spacing, wrong, right written another way
    "clamp": [
        "    if value < low\n        return low\n    end\n    if value > high\n        return high\n    end\n    return value\nend\n",
        "    if value<low\n        return low\n    end\n    if value>high\n        return high\n    end\n    return value\nend\n",
        "    return value\nend\n",
        "    return max(low, min(high, value))\nend\n",
    ],
    "digit_sum": [
        "    total = 0\n    while n > 0\n        total += n % 10\n        n = div(n, 10)\n    end\n    return total\nend\n"
    ],
}

# The worked translation of the pipeline's "comment+example" translate prompt (pipeline/worked_example.py):
# the body that follows this language's prompt for sum_of_even. Written for this project; public domain (CC0).
WORKED_EXAMPLE = """\
    total = 0
    for n in numbers
        if n % 2 == 0
            total += n
        end
    end
    return total
end
"""
