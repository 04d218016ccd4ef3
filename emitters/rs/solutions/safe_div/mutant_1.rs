// expect-fail: 28 29
// Mutant: returns 0 instead of None for a zero divisor.
fn safe_div(a: f64, b: f64, strict: bool) -> Option<f64> {
    if b == 0.0 {
        if strict {
            panic!("division by zero");
        }
        return Some(0.0);
    }
    Some(a / b)
