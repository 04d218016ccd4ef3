#!/bin/bash
repeat() {
    local s=$1 n=$2 sep=${3-} end=${4-} out= i
    for (( i = 0; i < n; i++ )); do
        (( i > 0 )) && out+=$sep
        out+=$s
    done
    printf '%s\n' "$out$end"
}
