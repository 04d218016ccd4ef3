#!/bin/bash
safe_div() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "None"; else printf "%.17g\n", a / b }'
}
