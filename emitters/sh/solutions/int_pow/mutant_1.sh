# expect-fail: 14 15
# Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
int_pow() {
    local base=$1 exp=$2 result=$1 i
    for (( i = 1; i < exp; i++ )); do
        (( result *= base ))
    done
    echo "$result"
}
