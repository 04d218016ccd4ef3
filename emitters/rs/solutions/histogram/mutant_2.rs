// expect-fail: 32
// Mutant: only rejects a zero bucket, not a negative one.
use std::collections::HashMap;

fn histogram(values: Vec<isize>, bucket: isize) -> HashMap<isize, isize> {
    if bucket == 0 {
        panic!("bucket must be positive");
    }
    let mut counts = HashMap::new();
    for v in values {
        *counts.entry(v.div_euclid(bucket) * bucket).or_insert(0) += 1;
    }
    counts
