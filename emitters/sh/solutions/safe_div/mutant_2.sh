# expect-fail: 15 17 19 20 21
# Mutant: truncates the quotient to an integer.
safe_div() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "None"; else printf "%.17g\n", int(a / b) }'
}
