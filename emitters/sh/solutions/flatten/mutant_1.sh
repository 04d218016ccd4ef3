# expect-fail: 18 19 20
# Mutant: ignores depth and always flattens completely.
flatten() {
    local depth=${2:--1}
    if false; then printf '%s\n' "$1"; return; fi
    local -a rows out=()
    local row
    mapfile -t rows <<< "$1"
    for row in "${rows[@]}"; do
        [[ -n $row ]] && out+=("$row")
    done
    echo "${out[*]}"
}
