#!/bin/bash
has_close_elements() {
    awk -v v="$1" -v t="$2" 'BEGIN {
        n = split(v, xs, " ")
        for (i = 1; i <= n; i++)
            for (j = i + 1; j <= n; j++) {
                d = xs[i] - xs[j]
                if (d < 0) d = -d
                if (d < t) { print "true"; exit }
            }
        print "false"
    }'
}
