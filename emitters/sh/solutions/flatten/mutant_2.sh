# expect-fail: 14 16 21 22 23
# Mutant: a negative depth behaves like 0 instead of "flatten completely".
flatten() {
    local depth=${2:--1}
    if (( depth <= 0 )); then printf '%s\n' "$1"; return; fi
    local -a rows out=()
    local row
    mapfile -t rows <<< "$1"
    for row in "${rows[@]}"; do
        [[ -n $row ]] && out+=("$row")
    done
    echo "${out[*]}"
}
