// expect-fail: 18 35
// Mutant: keys are not stripped of surrounding whitespace.
use std::collections::HashMap;

fn parse_key_values(text: String, sep: String) -> HashMap<String, Vec<isize>> {
    let mut result: HashMap<String, Vec<isize>> = HashMap::new();
    for entry in text.split(sep.as_str()) {
        if entry.trim().is_empty() {
            continue;
        }
        let (key, rest) = match entry.find('=') {
            Some(i) => (&entry[..i], &entry[i + 1..]),
            None => panic!("missing '=' in entry {}", entry),
        };
        let key = key.to_string();
        let values: Vec<isize> = rest
            .split(',')
            .filter(|item| !item.trim().is_empty())
            .map(|item| item.trim().parse::<isize>().expect("invalid literal for int()"))
            .collect();
        result.entry(key).or_insert_with(Vec::new).extend(values);
    }
    result
