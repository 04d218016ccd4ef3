// expect-fail: 22
// Mutant: truncating division instead of floor division (int(v / bucket)).
use std::collections::HashMap;

fn histogram(values: Vec<isize>, bucket: isize) -> HashMap<isize, isize> {
    if bucket <= 0 {
        panic!("bucket must be positive");
    }
    let mut counts = HashMap::new();
    for v in values {
        *counts.entry(v / bucket * bucket).or_insert(0) += 1;
    }
    counts
