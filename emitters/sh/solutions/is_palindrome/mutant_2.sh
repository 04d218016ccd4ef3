# expect-fail: 11 12 13 14
# Mutant: prints 1 / 0 instead of true / false.
is_palindrome() {
    local text=$1 rev i
    [[ ${2:-false} == true ]] && text=${text,,}
    rev=$(for (( i = ${#text} - 1; i >= 0; i-- )); do printf '%s' "${text:i:1}"; done)
    [[ $text == "$rev" ]] && echo 1 || echo 0
}
