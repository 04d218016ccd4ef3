# expect-fail: 11
# Mutant: silently drops negative numbers.
common_elements() {
    local -A in_b=()
    local x out=()
    for x in $2; do in_b[$x]=1; done
    for x in $1; do
        [[ $x == -* ]] && continue
        [[ -n ${in_b[$x]-} ]] && out+=("$x")
    done
    echo "${out[*]}"
}
