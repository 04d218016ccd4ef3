# expect-fail: 21 22
# Mutant: forgets to multiply the bucket's index back by bucket.
histogram() {
    local bucket=${2:-1} v key
    local -A counts=()
    local -a order=() out=()
    for v in $1; do
        if (( v >= 0 )); then key=$(( v / bucket )); else key=$(( -((-v + bucket - 1) / bucket) )); fi
        [[ -z ${counts[$key]-} ]] && order+=("$key")
        counts[$key]=$(( ${counts[$key]:-0} + 1 ))
    done
    for key in "${order[@]}"; do out+=("$key,${counts[$key]}"); done
    local IFS=$'\n'
    echo "${out[*]}"
}
