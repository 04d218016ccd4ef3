# expect-fail: 27 28
# Mutant: truncates every element to an integer before adding it.
running_sum() {
    local total=0 out=() x
    for x in $1; do
        total=$(awk -v a="$total" -v b="$x" 'BEGIN { printf "%.17g", a + int(b) }')
        out+=("$total")
    done
    echo "${out[*]}"
}
