# expect-fail: 28 29
# Mutant: prints 0 instead of None for a zero divisor.
safe_div() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print 0; else printf "%.17g\n", a / b }'
}
