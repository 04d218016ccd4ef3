#!/bin/bash
std_dev() {
    awk -v v="$1" -v d="${2:-0}" 'BEGIN {
        n = split(v, xs, " ")
        s = 0
        for (i = 1; i <= n; i++) s += xs[i]
        m = s / n
        q = 0
        for (i = 1; i <= n; i++) q += (xs[i] - m) ^ 2
        printf "%.17g\n", sqrt(q / (n - d))
    }'
}
