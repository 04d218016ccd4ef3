# expect-fail: 10 13 17 20
# Mutant: sorts but does not remove duplicates.
unique_sorted() {
    local flags=-n
    [[ ${2:-false} == true ]] && flags=-nr
    [[ -z $1 ]] && { echo; return; }
    printf '%s\n' $1 | sort $flags | paste -sd ' '
}
