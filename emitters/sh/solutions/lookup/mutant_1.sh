# expect-fail: 17 18
# Mutant: like Python's `table.get(key) or default`, also replaces an empty value.
lookup() {
    local line
    while IFS= read -r line; do
        [[ -z $line ]] && continue
        if [[ ${line%%,*} == "$2" && -n ${line#*,} ]]; then
            printf '%s\n' "${line#*,}"
            return
        fi
    done <<< "$1"
    if (( $# >= 3 )); then printf '%s\n' "$3"; else echo None; fi
}
