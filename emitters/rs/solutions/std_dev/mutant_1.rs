// expect-fail: 17 26 27
// Mutant: always divides by n (ddof only used for validation).
fn std_dev(values: Vec<f64>, ddof: isize) -> f64 {
    let n = values.len() as isize;
    if n - ddof <= 0 {
        panic!("not enough values");
    }
    // a negative ddof lets an empty list through: Python then divides by zero computing the mean
    if n == 0 {
        panic!("division by zero");
    }
    let total: f64 = values.iter().sum();
    let mean = total / n as f64;
    let squares: f64 = values.iter().map(|v| (v - mean) * (v - mean)).sum();
    (squares / n as f64).sqrt()
