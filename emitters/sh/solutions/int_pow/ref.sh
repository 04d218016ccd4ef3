#!/bin/bash
int_pow() {
    local base=$1 exp=$2 result=1 i
    for (( i = 0; i < exp; i++ )); do
        (( result *= base ))
    done
    echo "$result"
}
