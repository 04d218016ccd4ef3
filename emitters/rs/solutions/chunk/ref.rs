fn chunk(items: Vec<String>, size: isize) -> Vec<Vec<String>> {
    if size <= 0 {
        panic!("size must be positive");
    }
    items.chunks(size as usize).map(|c| c.to_vec()).collect()
