#!/bin/bash
lookup() {
    local line
    while IFS= read -r line; do
        [[ -z $line ]] && continue
        if [[ ${line%%,*} == "$2" ]]; then
            printf '%s\n' "${line#*,}"
            return
        fi
    done <<< "$1"
    if (( $# >= 3 )); then printf '%s\n' "$3"; else echo None; fi
}
