fn pair_up(items: Vec<isize>, overlap: bool) -> Vec<(isize, isize)> {
    // [(items[i], items[i + 1]) for i in range(0, len(items) - 1, step)]
    let step = if overlap { 1 } else { 2 };
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < items.len() {
        let (a, b) = (items[i], items[i + 1]);
        out.push((a, b));
        i += step;
    }
    out
