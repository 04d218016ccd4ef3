# expect-fail: 15 17
# Mutant: compares bytes instead of characters.
is_palindrome() {
    local text=$1 rev i
    [[ ${2:-false} == true ]] && text=${text,,}
    rev=$(LC_ALL=C; for (( i = ${#text} - 1; i >= 0; i-- )); do printf '%s' "${text:i:1}"; done)
    [[ $text == "$rev" ]] && echo true || echo false
}
