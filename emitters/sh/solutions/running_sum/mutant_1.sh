# expect-fail: 24 25 28
# Mutant: adds the absolute value of each element.
running_sum() {
    local total=0 out=() x
    for x in $1; do
        total=$(awk -v a="$total" -v b="$x" 'BEGIN { printf "%.17g", a + (b < 0 ? -b : b) }')
        out+=("$total")
    done
    echo "${out[*]}"
}
