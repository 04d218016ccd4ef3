// expect-fail: 10 13 17 20
// Mutant: sorts but does not remove duplicates.
fn unique_sorted(values: Vec<isize>, reverse: bool) -> Vec<isize> {
    let mut out = values.clone();
    out.sort();
    
    if reverse {
        out.reverse();
    }
    out
