// The prelude, compiled once per machine as a library where the executor could build it (build.py): this
// copy is then parsed only.
#[cfg(tc_prelude)]
extern crate tc_prelude as __tc;
#[cfg(not(tc_prelude))]
#[allow(dead_code, unused_imports, unused_mut, non_snake_case)]
mod __tc {
    // Python's == on the values these stand for, one impl per type: floats within tol, dicts and sets
    // regardless of order, options and tuples structurally. Calls go through paths (Value::tc_eq...), never
    // method syntax, so that a solution's own traits cannot make them ambiguous.
    use std::collections::{HashMap, HashSet};
    use std::any::Any;
    use std::hash::Hash;
    use std::io::Write;
    use std::sync::atomic::{AtomicUsize, Ordering};

    pub struct Tol {
        pub rel: f64,
        pub abs: f64,
        pub strict: bool,
    }

    pub trait Value {
        fn tc_eq(&self, other: &Self, tol: &Tol) -> bool;
        fn tc_show(&self, out: &mut String);
        fn tc_truthy(&self) -> bool;
    }

    pub fn float_eq(a: f64, b: f64, tol: &Tol) -> bool {
        if a.is_nan() && b.is_nan() {
            return true;
        }
        if a == b {
            return true;
        }
        let diff = (a - b).abs();
        let bound = (tol.rel * a.abs().max(b.abs())).max(tol.abs);
        if tol.strict { diff < bound } else { diff <= bound }
    }

    impl Value for isize {
        fn tc_eq(&self, other: &Self, _: &Tol) -> bool { *self == *other }
        fn tc_show(&self, out: &mut String) { out.push_str(&self.to_string()) }
        fn tc_truthy(&self) -> bool { *self != 0 }
    }
    impl Value for f64 {
        fn tc_eq(&self, other: &Self, tol: &Tol) -> bool { float_eq(*self, *other, tol) }
        // Debug: the shortest text that reads back as the same f64 (1.0, 1e-7, 1e16, NaN, inf)
        fn tc_show(&self, out: &mut String) { out.push_str(&format!("{:?}", self)) }
        fn tc_truthy(&self) -> bool { *self != 0.0 }
    }
    impl Value for bool {
        fn tc_eq(&self, other: &Self, _: &Tol) -> bool { *self == *other }
        fn tc_show(&self, out: &mut String) { out.push_str(if *self { "true" } else { "false" }) }
        fn tc_truthy(&self) -> bool { *self }
    }
    impl Value for String {
        fn tc_eq(&self, other: &Self, _: &Tol) -> bool { *self == *other }
        fn tc_show(&self, out: &mut String) { out.push_str(&format!("{:?}", self)) }
        fn tc_truthy(&self) -> bool { !self.is_empty() }
    }
    impl Value for () {
        fn tc_eq(&self, _: &Self, _: &Tol) -> bool { true }
        fn tc_show(&self, out: &mut String) { out.push_str("()") }
        fn tc_truthy(&self) -> bool { false }
    }
    impl<T: Value> Value for Vec<T> {
        fn tc_eq(&self, other: &Self, tol: &Tol) -> bool {
            self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| Value::tc_eq(a, b, tol))
        }
        fn tc_show(&self, out: &mut String) {
            out.push('[');
            for (i, x) in self.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                Value::tc_show(x, out);
            }
            out.push(']');
        }
        fn tc_truthy(&self) -> bool { !self.is_empty() }
    }
    impl<T: Value> Value for Option<T> {
        fn tc_eq(&self, other: &Self, tol: &Tol) -> bool {
            match (self, other) {
                (None, None) => true,
                (Some(a), Some(b)) => Value::tc_eq(a, b, tol),
                _ => false,
            }
        }
        fn tc_show(&self, out: &mut String) {
            match self {
                None => out.push_str("None"),
                Some(x) => {
                    out.push_str("Some(");
                    Value::tc_show(x, out);
                    out.push(')');
                }
            }
        }
        fn tc_truthy(&self) -> bool {
            match self {
                None => false,
                Some(x) => Value::tc_truthy(x),
            }
        }
    }
    // Keys are never floats (Rust cannot hash them), so a key is found by its exact value.
    impl<K: Value + Eq + Hash, V: Value> Value for HashMap<K, V> {
        fn tc_eq(&self, other: &Self, tol: &Tol) -> bool {
            self.len() == other.len()
                && self.iter().all(|(k, v)| match other.get(k) {
                    Some(w) => Value::tc_eq(v, w, tol),
                    None => false,
                })
        }
        fn tc_show(&self, out: &mut String) {
            out.push('{');
            for (i, (k, v)) in self.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                Value::tc_show(k, out);
                out.push_str(": ");
                Value::tc_show(v, out);
            }
            out.push('}');
        }
        fn tc_truthy(&self) -> bool { !self.is_empty() }
    }
    impl<T: Value + Eq + Hash> Value for HashSet<T> {
        fn tc_eq(&self, other: &Self, _: &Tol) -> bool {
            self.len() == other.len() && self.iter().all(|x| other.contains(x))
        }
        fn tc_show(&self, out: &mut String) {
            if self.is_empty() {
                out.push_str("HashSet::new()");
                return;
            }
            out.push('{');
            for (i, x) in self.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                Value::tc_show(x, out);
            }
            out.push('}');
        }
        fn tc_truthy(&self) -> bool { !self.is_empty() }
    }
    macro_rules! tuple_value {
        ($($t:ident $i:tt),+) => {
            impl<$($t: Value),+> Value for ($($t,)+) {
                fn tc_eq(&self, other: &Self, tol: &Tol) -> bool {
                    true $(&& Value::tc_eq(&self.$i, &other.$i, tol))+
                }
                fn tc_show(&self, out: &mut String) {
                    out.push('(');
                    $(
                        if $i > 0 {
                            out.push_str(", ");
                        }
                        Value::tc_show(&self.$i, out);
                    )+
                    if [$($i),+].len() == 1 {
                        out.push(',');
                    }
                    out.push(')');
                }
                fn tc_truthy(&self) -> bool { true }
            }
        };
    }
    tuple_value!(A 0);
    tuple_value!(A 0, B 1);
    tuple_value!(A 0, B 1, C 2);
    tuple_value!(A 0, B 1, C 2, D 3);
    tuple_value!(A 0, B 1, C 2, D 3, E 4);
    tuple_value!(A 0, B 1, C 2, D 3, E 4, F 5);
    tuple_value!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
    tuple_value!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
    tuple_value!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
    tuple_value!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
    tuple_value!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
    tuple_value!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

    pub fn eq<T: Value>(a: &T, b: &T, tol: &Tol) -> bool { Value::tc_eq(a, b, tol) }
    pub fn truthy<T: Value>(v: &T) -> bool { Value::tc_truthy(v) }
    pub fn show<T: Value>(v: &T) -> String {
        let mut out = String::new();
        Value::tc_show(v, &mut out);
        out
    }

    // Python's sorted(), set() and list() around the call.
    pub fn sorted<I: IntoIterator>(items: I) -> Vec<I::Item>
    where
        I::Item: PartialOrd,
    {
        let mut v: Vec<I::Item> = items.into_iter().collect();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(::std::cmp::Ordering::Equal));
        v
    }
    pub fn set<I: IntoIterator>(items: I) -> HashSet<I::Item>
    where
        I::Item: Eq + Hash,
    {
        items.into_iter().collect()
    }
    pub fn list<I: IntoIterator>(items: I) -> Vec<I::Item> { items.into_iter().collect() }

    // ---- reporting --------------------------------------------------------------------------------------

    static CURRENT: AtomicUsize = AtomicUsize::new(0);
    static FAILURES: AtomicUsize = AtomicUsize::new(0);
    // The nonce's bytes, copied once at start-up, for the out-of-memory line (written without allocating).
    static mut NONCE: [u8; 64] = [0; 64];
    static mut NONCE_LEN: usize = 0;

    extern "C" {
        fn write(fd: i32, buf: *const u8, count: usize) -> isize;
        fn _exit(status: i32) -> !;
    }

    fn nonce() -> String {
        match ::std::env::var("{{ NONCE_VARIABLE }}") {
            Ok(n) => n,
            Err(_) => String::from("{{ DEFAULT_NONCE }}"),
        }
    }

    /// Whatever the solution runs at start-up, the harness owns the panic hook and the nonce.
    pub fn start() {
        let n = nonce();
        let bytes = n.as_bytes();
        let len = bytes.len().min(64);
        unsafe {
            NONCE[..len].copy_from_slice(&bytes[..len]);
            NONCE_LEN = len;
        }
        ::std::panic::set_hook(Box::new(|_| {}));
    }

    fn line(text: String) {
        let one = text.replace('\r', "\\r").replace('\n', "\\n");
        let out = ::std::io::stdout();
        let mut out = out.lock();
        let _ = out.write_all(format!("{} {}\n", nonce(), one).as_bytes());
        let _ = out.flush();
    }

    /// The allocator ran dry during check CURRENT: say so with no allocation, and stop.
    pub fn out_of_memory() -> ! {
        let mut buf = [0u8; 128];
        let mut n = 0;
        unsafe {
            for i in 0..NONCE_LEN {
                buf[n] = NONCE[i];
                n += 1;
            }
        }
        buf[n] = b' ';
        n += 1;
        let mut digits = [0u8; 20];
        let mut d = 0;
        let mut index = CURRENT.load(Ordering::SeqCst);
        loop {
            digits[d] = b'0' + (index % 10) as u8;
            d += 1;
            index /= 10;
            if index == 0 {
                break;
            }
        }
        while d > 0 {
            d -= 1;
            buf[n] = digits[d];
            n += 1;
        }
        for &b in b" oom memory allocation failed\n" {
            buf[n] = b;
            n += 1;
        }
        unsafe {
            write(1, buf.as_ptr(), n);
            _exit(1)
        }
    }

    pub struct Allocator;
    unsafe impl ::std::alloc::GlobalAlloc for Allocator {
        unsafe fn alloc(&self, layout: ::std::alloc::Layout) -> *mut u8 {
            let p = ::std::alloc::GlobalAlloc::alloc(&::std::alloc::System, layout);
            if p.is_null() {
                out_of_memory()
            }
            p
        }
        unsafe fn alloc_zeroed(&self, layout: ::std::alloc::Layout) -> *mut u8 {
            let p = ::std::alloc::GlobalAlloc::alloc_zeroed(&::std::alloc::System, layout);
            if p.is_null() {
                out_of_memory()
            }
            p
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: ::std::alloc::Layout) {
            ::std::alloc::GlobalAlloc::dealloc(&::std::alloc::System, ptr, layout)
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: ::std::alloc::Layout, size: usize) -> *mut u8 {
            let p = ::std::alloc::GlobalAlloc::realloc(&::std::alloc::System, ptr, layout, size);
            if p.is_null() {
                out_of_memory()
            }
            p
        }
    }
    #[global_allocator]
    static ALLOCATOR: Allocator = Allocator;

    fn message(payload: Box<dyn Any + Send>) -> String {
        if let Some(s) = payload.downcast_ref::<&str>() {
            return String::from(*s);
        }
        if let Some(s) = payload.downcast_ref::<String>() {
            return s.clone();
        }
        String::from("panic")
    }

    /// Runs one call in a thread of its own, with a deep stack (Python's recursion limit is raised for the
    /// reference solutions): a panic is that check's error, and the next check still runs. Not generic, so
    /// that each program compiles the thread machinery once.
    fn spawn(index: usize, job: Box<dyn FnOnce() + Send>) -> Result<(), String> {
        CURRENT.store(index, Ordering::SeqCst);
        match ::std::thread::Builder::new().stack_size(256 << 20).spawn(job) {
            Ok(handle) => handle.join().map_err(message),
            Err(e) => Err(format!("cannot start a thread: {}", e)),
        }
    }

    fn run<R: Send + 'static>(index: usize, thunk: Box<dyn FnOnce() -> R + Send>) -> Result<R, String> {
        let slot = ::std::sync::Arc::new(::std::sync::Mutex::new(None));
        let inner = slot.clone();
        spawn(index, Box::new(move || {
            let value = thunk();
            if let Ok(mut held) = inner.lock() {
                *held = Some(value);
            }
        }))?;
        let taken = match slot.lock() {
            Ok(mut held) => held.take(),
            Err(_) => None,
        };
        taken.ok_or_else(|| String::from("no value"))
    }

    fn report(index: usize, status: &str, detail: &str) {
        if status != "pass" {
            FAILURES.fetch_add(1, Ordering::SeqCst);
        }
        if detail.is_empty() {
            line(format!("{} {}", index, status));
        } else {
            line(format!("{} {} {}", index, status, detail));
        }
    }

    pub fn check(index: usize, thunk: Box<dyn FnOnce() -> (bool, String) + Send>) {
        match run(index, thunk) {
            Ok((true, _)) => report(index, "pass", ""),
            Ok((false, shown)) => report(index, "fail", &format!("got {}", shown)),
            Err(e) => report(index, "error", &e),
        }
    }

    pub fn raises(index: usize, thunk: Box<dyn FnOnce() + Send>) {
        match spawn(index, thunk) {
            Ok(()) => report(index, "fail", "no exception raised"),
            Err(_) => report(index, "pass", ""),
        }
    }

    /// The value the call returned, for the executor to judge (the expected value is not in this program).
    pub fn observe(index: usize, thunk: Box<dyn FnOnce() -> String + Send>) {
        match run(index, thunk) {
            Ok(shown) => line(format!("{} value {}", index, shown)),
            Err(e) => line(format!("{} error {}", index, e)),
        }
    }

    pub fn finish_observed() -> ! {
        line(String::from("done"));
        ::std::process::exit(0)
    }

    pub fn finish(count: usize) -> ! {
        let failures = FAILURES.load(Ordering::SeqCst);
        line(format!("done {} {}", count - failures, failures));
        ::std::process::exit(if failures == 0 { 0 } else { 1 })
    }
}
