fn safe_div(a: f64, b: f64, strict: bool) -> Option<f64> {
    if b == 0.0 {
        if strict {
            panic!("division by zero");
        }
        return None;
    }
    Some(a / b)
