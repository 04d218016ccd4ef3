#!/bin/bash
word_counts() {
    local min=${2:-1} word
    local -A counts=()
    local -a order=() out=()
    for word in ${1,,}; do
        (( ${#word} >= min )) || continue
        [[ -z ${counts[$word]-} ]] && order+=("$word")
        counts[$word]=$(( ${counts[$word]:-0} + 1 ))
    done
    for word in "${order[@]}"; do out+=("$word,${counts[$word]}"); done
    local IFS=$'\n'
    echo "${out[*]}"
}
