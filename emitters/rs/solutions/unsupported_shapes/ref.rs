fn double(x: isize) -> isize {
    2 * x
