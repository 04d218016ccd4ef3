def int_pow(base: int, exp: int) -> int:
    if exp < 0:
        raise ValueError("negative exponent")
    result = 1
    for _ in range(exp):
        result *= base
    return result
