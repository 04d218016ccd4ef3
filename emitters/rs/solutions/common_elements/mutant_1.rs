// expect-fail: 11
// Mutant: silently drops negative numbers.
use std::collections::HashSet;

fn common_elements(a: HashSet<isize>, b: HashSet<isize>) -> HashSet<isize> {
    a.intersection(&b).filter(|x| **x >= 0).cloned().collect()
