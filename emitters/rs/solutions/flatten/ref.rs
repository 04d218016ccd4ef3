fn flatten(nested: Vec<Vec<isize>>, depth: isize) -> Vec<isize> {
    // The items of nested are lists of ints, so one level of nesting can be removed. depth 0 would keep the
    // inner lists, which a Vec<isize> cannot hold.
    if depth == 0 {
        panic!("flatten: depth 0 keeps the nested lists");
    }
    nested.concat()
