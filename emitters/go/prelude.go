// The prelude's packages are imported as __tc_os, __tc_math... by the run command (emitters/go/__init__.py):
// a completion sees only the prompt's "testing" and "fmt".
var _, _, _ = __tc_strings.Repeat, __tc_sort.Strings, __tc_strconv.Itoa

type __tc_tol struct {
	rel, abs float64
	strict   bool
}

var __tc_failures = 0

// Read when reporting, not when the program starts: a solution's init code runs first.
func __tc_nonce() string {
	if n := __tc_os.Getenv("{{ NONCE_VARIABLE }}"); n != "" {
		return n
	}
	return "{{ DEFAULT_NONCE }}"
}

func __tc_ptr[T any](v T) *T { return &v }

// Interfaces and pointers (Optional) down to the value they hold; invalid stands for nil (None).
func __tc_deref(v __tc_reflect.Value) __tc_reflect.Value {
	for v.IsValid() && (v.Kind() == __tc_reflect.Interface || v.Kind() == __tc_reflect.Pointer) {
		if v.IsNil() {
			return __tc_reflect.Value{}
		}
		v = v.Elem()
	}
	return v
}

// A number (bools count as 0 and 1, as in Python): as an integer where it is one, and as a float.
func __tc_number(v __tc_reflect.Value) (i int64, u uint64, f float64, kind int) {
	switch v.Kind() {
	case __tc_reflect.Bool:
		if v.Bool() {
			return 1, 1, 1, 1
		}
		return 0, 0, 0, 1
	case __tc_reflect.Int, __tc_reflect.Int8, __tc_reflect.Int16, __tc_reflect.Int32, __tc_reflect.Int64:
		return v.Int(), uint64(v.Int()), float64(v.Int()), 1
	case __tc_reflect.Uint, __tc_reflect.Uint8, __tc_reflect.Uint16, __tc_reflect.Uint32, __tc_reflect.Uint64, __tc_reflect.Uintptr:
		return int64(v.Uint()), v.Uint(), float64(v.Uint()), 2
	case __tc_reflect.Float32, __tc_reflect.Float64:
		return 0, 0, v.Float(), 3
	}
	return 0, 0, 0, 0
}

func __tc_close(a, b float64, tol __tc_tol) bool {
	if __tc_math.IsNaN(a) && __tc_math.IsNaN(b) {
		return true
	}
	if a == b {
		return true
	}
	if __tc_math.IsInf(a, 0) || __tc_math.IsInf(b, 0) || __tc_math.IsNaN(a) || __tc_math.IsNaN(b) {
		return false
	}
	diff := __tc_math.Abs(a - b)
	bound := __tc_math.Max(tol.rel*__tc_math.Max(__tc_math.Abs(a), __tc_math.Abs(b)), tol.abs)
	if tol.strict {
		return diff < bound
	}
	return diff <= bound
}

// A map[T]struct{}: Go's set.
func __tc_is_set(v __tc_reflect.Value) bool {
	return v.Kind() == __tc_reflect.Map && v.Type().Elem().Kind() == __tc_reflect.Struct && v.Type().Elem().NumField() == 0
}

// Python's == on the values these stand for: slices (lists and tuples) elementwise, maps (dicts) and
// map[T]struct{} (sets) by content, integers exactly, other numbers within tol, nil pointers None.
func __tc_eq(a, b __tc_reflect.Value, tol __tc_tol) bool {
	a, b = __tc_deref(a), __tc_deref(b)
	if !a.IsValid() || !b.IsValid() {
		return !a.IsValid() && !b.IsValid()
	}
	ai, au, af, ak := __tc_number(a)
	bi, bu, bf, bk := __tc_number(b)
	if ak != 0 && bk != 0 {
		switch {
		case ak == 3 || bk == 3:
			return __tc_close(af, bf, tol)
		case ak == 1 && bk == 1:
			return ai == bi
		case ak == 2 && bk == 2:
			return au == bu
		case ak == 1:
			return ai >= 0 && uint64(ai) == bu
		default:
			return bi >= 0 && uint64(bi) == au
		}
	}
	if ak != 0 || bk != 0 {
		return false
	}
	switch a.Kind() {
	case __tc_reflect.String:
		return b.Kind() == __tc_reflect.String && a.String() == b.String()
	case __tc_reflect.Slice, __tc_reflect.Array:
		if b.Kind() != __tc_reflect.Slice && b.Kind() != __tc_reflect.Array || a.Len() != b.Len() {
			return false
		}
		for i := 0; i < a.Len(); i++ {
			if !__tc_eq(a.Index(i), b.Index(i), tol) {
				return false
			}
		}
		return true
	case __tc_reflect.Map:
		if b.Kind() != __tc_reflect.Map || __tc_is_set(a) != __tc_is_set(b) || a.Len() != b.Len() {
			return false
		}
		exact := __tc_tol{0, 0, false}
		if __tc_is_set(a) {
			return __tc_within(a.MapKeys(), b.MapKeys(), tol) && __tc_within(b.MapKeys(), a.MapKeys(), tol)
		}
		bkeys := b.MapKeys()
		for _, k := range a.MapKeys() {
			found := false
			for _, j := range bkeys {
				if __tc_eq(k, j, exact) && __tc_eq(a.MapIndex(k), b.MapIndex(j), tol) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	if a.CanInterface() && b.CanInterface() {
		return __tc_reflect.DeepEqual(a.Interface(), b.Interface())
	}
	return false
}

// Whether every item of xs equals some item of ys.
func __tc_within(xs, ys []__tc_reflect.Value, tol __tc_tol) bool {
	for _, x := range xs {
		found := false
		for _, y := range ys {
			if __tc_eq(x, y, tol) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// Python's truthiness: zero, empty and nil are false, NaN is true.
func __tc_truthy(v __tc_reflect.Value) bool {
	v = __tc_deref(v)
	if !v.IsValid() {
		return false
	}
	if _, _, f, kind := __tc_number(v); kind != 0 {
		return f != 0
	}
	switch v.Kind() {
	case __tc_reflect.String, __tc_reflect.Slice, __tc_reflect.Array, __tc_reflect.Map:
		return v.Len() > 0
	}
	return true
}

func __tc_float(x float64) string {
	switch {
	case __tc_math.IsNaN(x):
		return "math.NaN()"
	case __tc_math.IsInf(x, 1):
		return "math.Inf(1)"
	case __tc_math.IsInf(x, -1):
		return "math.Inf(-1)"
	}
	text := __tc_strconv.FormatFloat(x, 'g', -1, 64)
	if !__tc_strings.ContainsAny(text, ".eE") {
		text += ".0"
	}
	return text
}

// A value as a Go composite literal (grammars/values_go.lark reads it back): each slice and map with its
// type, a set as map[T]struct {}{x: {}}, a pointer as what it points to, nil for None.
func __tc_show(v __tc_reflect.Value, depth int) string {
	v = __tc_deref(v)
	if !v.IsValid() {
		return "nil"
	}
	if depth > 100 {
		return "..."
	}
	switch v.Kind() {
	case __tc_reflect.Bool:
		return __tc_strconv.FormatBool(v.Bool())
	case __tc_reflect.Int, __tc_reflect.Int8, __tc_reflect.Int16, __tc_reflect.Int32, __tc_reflect.Int64:
		return __tc_strconv.FormatInt(v.Int(), 10)
	case __tc_reflect.Uint, __tc_reflect.Uint8, __tc_reflect.Uint16, __tc_reflect.Uint32, __tc_reflect.Uint64, __tc_reflect.Uintptr:
		return __tc_strconv.FormatUint(v.Uint(), 10)
	case __tc_reflect.Float32, __tc_reflect.Float64:
		return __tc_float(v.Float())
	case __tc_reflect.String:
		return __tc_strconv.QuoteToASCII(v.String())
	case __tc_reflect.Slice, __tc_reflect.Array:
		items := make([]string, v.Len())
		for i := range items {
			items[i] = __tc_show(v.Index(i), depth+1)
		}
		return v.Type().String() + "{" + __tc_strings.Join(items, ", ") + "}"
	case __tc_reflect.Map:
		items := []string{}
		set := __tc_is_set(v)
		iter := v.MapRange()
		for iter.Next() {
			if set {
				items = append(items, __tc_show(iter.Key(), depth+1)+": {}")
			} else {
				items = append(items, __tc_show(iter.Key(), depth+1)+": "+__tc_show(iter.Value(), depth+1))
			}
		}
		__tc_sort.Strings(items)
		return v.Type().String() + "{" + __tc_strings.Join(items, ", ") + "}"
	}
	return "<" + v.Type().String() + ">"
}

// Python's ordering of the values sorted() meets: numbers, strings, bools, sequences lexicographically.
func __tc_less(a, b __tc_reflect.Value) bool {
	a, b = __tc_deref(a), __tc_deref(b)
	if !a.IsValid() || !b.IsValid() {
		return !a.IsValid() && b.IsValid()
	}
	ai, _, af, ak := __tc_number(a)
	bi, _, bf, bk := __tc_number(b)
	if ak != 0 && bk != 0 {
		if ak == 1 && bk == 1 {
			return ai < bi
		}
		return af < bf
	}
	if a.Kind() == __tc_reflect.String && b.Kind() == __tc_reflect.String {
		return a.String() < b.String()
	}
	if (a.Kind() == __tc_reflect.Slice || a.Kind() == __tc_reflect.Array) && (b.Kind() == __tc_reflect.Slice || b.Kind() == __tc_reflect.Array) {
		for i := 0; i < a.Len() && i < b.Len(); i++ {
			if __tc_less(a.Index(i), b.Index(i)) {
				return true
			}
			if __tc_less(b.Index(i), a.Index(i)) {
				return false
			}
		}
		return a.Len() < b.Len()
	}
	panic("'<' not supported between " + a.Type().String() + " and " + b.Type().String())
}

// list(x) / tuple(x): a slice's items, a map's keys, a string's characters, as in Python.
func __tc_items(x interface{}) ([]__tc_reflect.Value, __tc_reflect.Type) {
	v := __tc_deref(__tc_reflect.ValueOf(x))
	if !v.IsValid() {
		panic("TypeError: 'NoneType' object is not iterable")
	}
	switch v.Kind() {
	case __tc_reflect.Slice, __tc_reflect.Array:
		out := make([]__tc_reflect.Value, v.Len())
		for i := range out {
			out[i] = v.Index(i)
		}
		return out, v.Type().Elem()
	case __tc_reflect.Map:
		return v.MapKeys(), v.Type().Key()
	case __tc_reflect.String:
		out := []__tc_reflect.Value{}
		for _, r := range v.String() {
			out = append(out, __tc_reflect.ValueOf(string(r)))
		}
		return out, __tc_reflect.TypeOf("")
	}
	panic("TypeError: " + v.Type().String() + " is not iterable")
}

func __tc_list(x interface{}) interface{} {
	items, elem := __tc_items(x)
	out := __tc_reflect.MakeSlice(__tc_reflect.SliceOf(elem), 0, len(items))
	for _, item := range items {
		out = __tc_reflect.Append(out, item)
	}
	return out.Interface()
}

func __tc_sorted(x interface{}) interface{} {
	items, elem := __tc_items(x)
	__tc_sort.SliceStable(items, func(i, j int) bool { return __tc_less(items[i], items[j]) })
	out := __tc_reflect.MakeSlice(__tc_reflect.SliceOf(elem), 0, len(items))
	for _, item := range items {
		out = __tc_reflect.Append(out, item)
	}
	return out.Interface()
}

func __tc_set(x interface{}) interface{} {
	items, elem := __tc_items(x)
	out := __tc_reflect.MakeMap(__tc_reflect.MapOf(elem, __tc_reflect.TypeOf(struct{}{})))
	for _, item := range items {
		out.SetMapIndex(item, __tc_reflect.ValueOf(struct{}{}))
	}
	return out.Interface()
}

func __tc_write(text string) {
	text = __tc_strings.ReplaceAll(__tc_strings.ReplaceAll(text, "\r", "\\r"), "\n", "\\n")
	__tc_os.Stdout.WriteString(text + "\n")
}

func __tc_report(index int, status string, detail string) {
	line := __tc_nonce() + " " + __tc_strconv.Itoa(index) + " " + status
	if detail != "" {
		line += " " + detail
	}
	__tc_write(line)
	if status != "pass" {
		__tc_failures++
	}
}

// The call's value, or what it panicked with.
// A Go program cannot catch running out of memory (its runtime prints "fatal error: out of memory" and
// exits): like the JVM's -Xmx, the harness keeps a heap cap of its own, under the sandbox's 2 GiB of address
// space (whose runtime reservations fail an allocation near 800 MiB of heap), and reports the check that
// passed it as out of memory.
const __tc_heap_cap = 1 << 29

var __tc_current int64

func __tc_watch() {
	sample := []__tc_metrics.Sample{ {Name: "/memory/classes/heap/objects:bytes"} }
	for {
		__tc_time.Sleep(2 * __tc_time.Millisecond)
		__tc_metrics.Read(sample)
		if sample[0].Value.Kind() == __tc_metrics.KindUint64 && sample[0].Value.Uint64() > __tc_heap_cap {
			__tc_write(__tc_nonce() + " " + __tc_strconv.FormatInt(__tc_atomic.LoadInt64(&__tc_current), 10) + " oom heap over 512 MiB")
			__tc_os.Exit(3)
		}
	}
}

func __tc_call(thunk func() interface{}) (v interface{}, problem string, failed bool) {
	returned := false
	defer func() {
		if !returned {
			problem, failed = fmt.Sprintf("panic: %v", recover()), true
		}
	}()
	v = thunk()
	returned = true
	return v, "", false
}

func __tc_holds(relation string, v, expected interface{}, tol __tc_tol) bool {
	value := __tc_reflect.ValueOf(v)
	switch relation {
	case "equals", "approx":
		return __tc_eq(value, __tc_reflect.ValueOf(expected), tol)
	case "not_equals":
		return !__tc_eq(value, __tc_reflect.ValueOf(expected), tol)
	case "truthy":
		return __tc_truthy(value)
	case "falsy":
		return !__tc_truthy(value)
	case "is_none":
		return !__tc_deref(value).IsValid()
	case "is_not_none":
		return __tc_deref(value).IsValid()
	case "is_true":
		b, ok := v.(bool)
		return ok && b
	case "is_false":
		b, ok := v.(bool)
		return ok && !b
	}
	return false
}

func __tc_check(index int, thunk func() interface{}, relation string, expected interface{}, tol __tc_tol) {
	__tc_atomic.StoreInt64(&__tc_current, int64(index))
	v, problem, failed := __tc_call(thunk)
	switch {
	case failed && relation == "raises":
		__tc_report(index, "pass", "")
	case failed:
		__tc_report(index, "error", problem)
	case relation == "raises":
		__tc_report(index, "fail", "no exception raised; got "+__tc_show(__tc_reflect.ValueOf(v), 0))
	case __tc_holds(relation, v, expected, tol):
		__tc_report(index, "pass", "")
	default:
		__tc_report(index, "fail", "got "+__tc_show(__tc_reflect.ValueOf(v), 0))
	}
}

func __tc_finish(count int) {
	__tc_write(__tc_nonce() + " done " + __tc_strconv.Itoa(count-__tc_failures) + " " + __tc_strconv.Itoa(__tc_failures))
	if __tc_failures != 0 {
		__tc_os.Exit(1)
	}
}

// The value the call returned, for the executor to judge (the expected value is not in this program).
func __tc_observe(index int, thunk func() interface{}) {
	__tc_atomic.StoreInt64(&__tc_current, int64(index))
	v, problem, failed := __tc_call(thunk)
	if failed {
		__tc_write(__tc_nonce() + " " + __tc_strconv.Itoa(index) + " error " + problem)
		return
	}
	__tc_write(__tc_nonce() + " " + __tc_strconv.Itoa(index) + " value " + __tc_show(__tc_reflect.ValueOf(v), 0))
}

func __tc_finish_observed() {
	__tc_write(__tc_nonce() + " done")
}
