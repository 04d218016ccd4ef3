# expect-fail: 16 17 18 20
# Mutant: the mean uses floor division.
std_dev() {
    awk -v v="$1" -v d="${2:-0}" 'BEGIN {
        n = split(v, xs, " ")
        s = 0
        for (i = 1; i <= n; i++) s += xs[i]
        m = (s / n >= 0 || s % n == 0) ? int(s / n) : int(s / n) - 1
        q = 0
        for (i = 1; i <= n; i++) q += (xs[i] - m) ^ 2
        printf "%.17g\n", sqrt(q / (n - d))
    }'
}
