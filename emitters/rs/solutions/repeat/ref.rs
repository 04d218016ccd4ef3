fn repeat(s: String, n: isize, sep: String, end: String) -> String {
    if n <= 0 {
        return end;
    }
    let body = vec![s; n as usize].join(&sep);
    body + &end
