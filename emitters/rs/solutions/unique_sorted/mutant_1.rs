// expect-fail: 24 25
// Mutant: ignores reverse.
fn unique_sorted(values: Vec<isize>, reverse: bool) -> Vec<isize> {
    let mut out = values.clone();
    out.sort();
    out.dedup();
    if false && reverse {
        out.reverse();
    }
    out
