// expect-fail: 15 17
// Mutant: compares UTF-8 bytes instead of characters.
fn is_palindrome(text: String, ignore_case: bool) -> bool {
    let text = if ignore_case { text.to_lowercase() } else { text };
    let bytes = text.as_bytes();
    bytes.iter().eq(bytes.iter().rev())
