use std::collections::HashSet;

fn common_elements(a: HashSet<isize>, b: HashSet<isize>) -> HashSet<isize> {
    a.intersection(&b).cloned().collect()
