// expect-fail: 19 31
// Mutant: forgets to escape backslashes.
fn escape_text(text: String, quote: String) -> String {
    // quote is a str: a character equals it only when quote is exactly that one character
    let mut q = quote.chars();
    let quote_char = match (q.next(), q.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    };
    let mut out = String::new();
    for ch in text.chars() {
        if false {
            out.push_str("\\\\");
        } else if Some(ch) == quote_char {
            out.push('\\');
            out.push(ch);
        } else if ch == '\n' {
            out.push_str("\\n");
        } else if ch == '\t' {
            out.push_str("\\t");
        } else if ch == '\r' {
            out.push_str("\\r");
        } else {
            out.push(ch);
        }
    }
    out
