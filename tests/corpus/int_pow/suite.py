import pytest


def int_pow(base: int, exp: int) -> int:
    """Return base ** exp computed exactly with integer multiplication.

    exp must be a non-negative integer (ValueError otherwise); 0 ** 0 is 1.
    Python integers have arbitrary precision, so results may exceed 64 bits.
    """
    ...


assert int_pow(2, 10) == 2 ** 10
assert int_pow(3, 0) == 1
assert int_pow(0, 0) == 1
assert int_pow(-3, 3) == -27
assert int_pow(-5, 1) == -5
assert int_pow(-7, 1) == -(3 + 4)
assert int_pow(2, 62) == 4611686018427387904
assert int_pow(-2, 63) == -9223372036854775808
assert int_pow(2, 70) == 1180591620717411303424
assert int_pow(10, 20) == 100000000000000000000


def test_negative_exponent():
    with pytest.raises(ValueError):
        int_pow(2, -1)
