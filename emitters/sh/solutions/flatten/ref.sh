#!/bin/bash
flatten() {
    local depth=${2:--1}
    if (( depth == 0 )); then printf '%s\n' "$1"; return; fi
    local -a rows out=()
    local row
    mapfile -t rows <<< "$1"
    for row in "${rows[@]}"; do
        [[ -n $row ]] && out+=("$row")
    done
    echo "${out[*]}"
}
