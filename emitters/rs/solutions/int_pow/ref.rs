fn int_pow(base: isize, exp: isize) -> isize {
    if exp < 0 {
        panic!("negative exponent");
    }
    // Python ints never overflow: a result beyond 64 bits panics instead of wrapping around.
    let mut result: isize = 1;
    for _ in 0..exp {
        result = result.checked_mul(base).expect("int_pow: overflow");
    }
    result
