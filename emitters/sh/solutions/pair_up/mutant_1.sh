# expect-fail: 18 23
# Mutant: ignores overlap.
pair_up() {
    local -a items out=()
    IFS=' ' read -ra items <<< "$1"
    local step=2 i
    for (( i = 0; i + 1 < ${#items[@]}; i += step )); do
        out+=("${items[i]} ${items[i+1]}")
    done
    local IFS=$'\n'
    echo "${out[*]}"
}
