fn has_close_elements(numbers: Vec<f64>, threshold: f64) -> bool {
    let mut sorted = numbers.clone();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    sorted.windows(2).any(|w| w[1] - w[0] < threshold)
