// expect-fail: 17 18
// Mutant: `table.get(key) or default` also replaces an empty-string value.
use std::collections::HashMap;

fn lookup(table: HashMap<isize, String>, key: isize, default: Option<String>) -> Option<String> {
    match table.get(&key) {
        Some(v) if !v.is_empty() => Some(v.clone()),
        _ => default,
    }
