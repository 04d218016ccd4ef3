fn running_sum(numbers: Vec<f64>) -> Vec<f64> {
    let mut total = 0.0;
    let mut out = Vec::new();
    for x in numbers {
        total += x;
        out.push(total);
    }
    out
