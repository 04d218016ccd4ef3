# expect-fail: 20
# Mutant: puts the smaller item of each pair first.
pair_up() {
    local -a items out=()
    IFS=' ' read -ra items <<< "$1"
    local step=2 i
    [[ ${2:-false} == true ]] && step=1
    for (( i = 0; i + 1 < ${#items[@]}; i += step )); do
        if (( items[i] <= items[i+1] )); then
            out+=("${items[i]} ${items[i+1]}")
        else
            out+=("${items[i+1]} ${items[i]}")
        fi
    done
    local IFS=$'\n'
    echo "${out[*]}"
}
