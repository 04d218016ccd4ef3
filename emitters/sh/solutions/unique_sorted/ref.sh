#!/bin/bash
unique_sorted() {
    local flags=-un
    [[ ${2:-false} == true ]] && flags=-unr
    [[ -z $1 ]] && { echo; return; }
    printf '%s\n' $1 | sort $flags | paste -sd ' '
}
