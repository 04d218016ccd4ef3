fn unique_sorted(values: Vec<isize>, reverse: bool) -> Vec<isize> {
    let mut out = values.clone();
    out.sort();
    out.dedup();
    if reverse {
        out.reverse();
    }
    out
