#!/bin/bash
pair_up() {
    local -a items out=()
    IFS=' ' read -ra items <<< "$1"
    local step=2 i
    [[ ${2:-false} == true ]] && step=1
    for (( i = 0; i + 1 < ${#items[@]}; i += step )); do
        out+=("${items[i]} ${items[i+1]}")
    done
    local IFS=$'\n'
    echo "${out[*]}"
}
