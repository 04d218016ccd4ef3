use std::collections::HashMap;

fn lookup(table: HashMap<isize, String>, key: isize, default: Option<String>) -> Option<String> {
    match table.get(&key) {
        Some(v) => Some(v.clone()),
        _ => default,
    }
