# expect-fail: 24 25
# Mutant: ignores reverse.
unique_sorted() {
    local flags=-un
    [[ -z $1 ]] && { echo; return; }
    printf '%s\n' $1 | sort $flags | paste -sd ' '
}
