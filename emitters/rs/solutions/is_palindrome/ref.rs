fn is_palindrome(text: String, ignore_case: bool) -> bool {
    let text = if ignore_case { text.to_lowercase() } else { text };
    let chars: Vec<char> = text.chars().collect();
    chars.iter().eq(chars.iter().rev())
