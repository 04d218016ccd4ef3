use std::collections::HashMap;

fn word_counts(text: String, min_length: isize) -> HashMap<String, isize> {
    if min_length < 1 {
        panic!("min_length must be positive");
    }
    let mut counts = HashMap::new();
    for word in text.to_lowercase().split_whitespace() {
        if word.chars().count() as isize >= min_length {
            *counts.entry(word.to_string()).or_insert(0) += 1;
        }
    }
    counts
