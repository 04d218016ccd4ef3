# expect-fail: 14 15
# Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
def int_pow(base: int, exp: int) -> int:
    if exp < 0:
        raise ValueError("negative exponent")
    result = base
    for _ in range(exp - 1):
        result *= base
    return result
