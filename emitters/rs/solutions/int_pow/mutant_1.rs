// expect-fail: 14 15
// Mutant: starts from base and multiplies exp - 1 times, so x ** 0 gives x.
fn int_pow(base: isize, exp: isize) -> isize {
    if exp < 0 {
        panic!("negative exponent");
    }
    // Python ints never overflow: a result beyond 64 bits panics instead of wrapping around.
    let mut result: isize = base;
    for _ in 1..exp {
        result = result.checked_mul(base).expect("int_pow: overflow");
    }
    result
