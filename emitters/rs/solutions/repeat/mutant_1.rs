// expect-fail: 13 14
// Mutant: puts end in front of the repeated text.
fn repeat(s: String, n: isize, sep: String, end: String) -> String {
    if n <= 0 {
        return end;
    }
    let body = vec![s; n as usize].join(&sep);
    end + &body
