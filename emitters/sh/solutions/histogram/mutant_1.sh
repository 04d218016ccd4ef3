# expect-fail: 22
# Mutant: truncating division instead of floor division.
histogram() {
    local bucket=${2:-1} v key
    local -A counts=()
    local -a order=() out=()
    for v in $1; do
        key=$(( v / bucket * bucket ))
        [[ -z ${counts[$key]-} ]] && order+=("$key")
        counts[$key]=$(( ${counts[$key]:-0} + 1 ))
    done
    for key in "${order[@]}"; do out+=("$key,${counts[$key]}"); done
    local IFS=$'\n'
    echo "${out[*]}"
}
