declare var require: any;
const __tc_fs: any = require("node:fs");
const __tc_process: any = require("node:process");
const __tc_nonce: string = __tc_process.env["{{ NONCE_VARIABLE }}"] || "{{ DEFAULT_NONCE }}";
let __tc_failures = 0;

function __tc_close(a: number, b: number, tol: [number, number, boolean]): boolean {
  if (Number.isNaN(a) && Number.isNaN(b)) return true;
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(a - b);
  const bound = Math.max(tol[0] * Math.max(Math.abs(a), Math.abs(b)), tol[1]);
  return tol[2] ? diff < bound : diff <= bound;
}

function __tc_number(v: any): number | bigint | undefined {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number" || typeof v === "bigint") return v;
  return undefined;
}

function __tc_plain(v: any): boolean {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

// A dict's entries: a Map's, or a plain object's (its keys are strings).
function __tc_entries(v: any): any[][] | undefined {
  if (v instanceof Map) return Array.from(v.entries());
  if (__tc_plain(v)) return Object.keys(v).map((k) => [k, v[k]]);
  return undefined;
}

// Python's == on the values these stand for: arrays (lists and tuples) elementwise, dicts and sets by
// content, integers exactly, other numbers within tol, true equal to 1, undefined and null both None.
function __tc_eq(a: any, b: any, tol: [number, number, boolean]): boolean {
  const na = __tc_number(a), nb = __tc_number(b);
  if (na !== undefined && nb !== undefined) {
    const ia = typeof na === "bigint" || Number.isInteger(na), ib = typeof nb === "bigint" || Number.isInteger(nb);
    if (ia && ib) return BigInt(na) === BigInt(nb);
    return __tc_close(Number(na), Number(nb), tol);
  }
  if (a === undefined || a === null) return b === undefined || b === null;
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x: any, i: number) => __tc_eq(x, b[i], tol));
  }
  if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false;
    const xs = Array.from(a), ys = Array.from(b);
    return xs.every((x) => ys.some((y) => __tc_eq(x, y, tol))) && ys.every((y) => xs.some((x) => __tc_eq(x, y, tol)));
  }
  const ea = __tc_entries(a), eb = __tc_entries(b);
  if (ea !== undefined && eb !== undefined) {
    const exact: [number, number, boolean] = [0, 0, false];
    return ea.length === eb.length
      && ea.every(([k, x]) => eb.some(([j, y]) => __tc_eq(k, j, exact) && __tc_eq(x, y, tol)));
  }
  return a === b;
}

// Python's truthiness: NaN is true, empty containers are false.
function __tc_truthy(v: any): boolean {
  if (v === undefined || v === null || v === false) return false;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "bigint") return v !== BigInt(0);
  if (typeof v === "string" || Array.isArray(v)) return v.length > 0;
  if (v instanceof Map || v instanceof Set) return v.size > 0;
  if (__tc_plain(v)) return Object.keys(v).length > 0;
  return true;
}

function __tc_hex(code: number): string {
  return "\\u" + code.toString(16).padStart(4, "0");
}

// A string as a JavaScript literal: JSON's escapes, every non-ASCII character escaped.
function __tc_quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code > 0xffff) out += "\\u{" + code.toString(16) + "}";
    else if (code < 32 || code >= 127) out += __tc_hex(code);
    else out += ch;
  }
  return out + '"';
}

// A value as grammars/values_js.lark reads it: a JavaScript expression for the value.
function __tc_show(v: any, depth: number): string {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "bigint") return String(v) + "n";
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "NaN";
    if (v === Infinity) return "Infinity";
    if (v === -Infinity) return "-Infinity";
    if (Object.is(v, -0)) return "-0.0";
    if (Number.isSafeInteger(v)) return String(v);
    const text = String(v);
    return /[.eE]/.test(text) ? text : text + ".0";
  }
  if (typeof v === "string") return __tc_quote(v);
  if (depth > 8) return "...";
  const show = (x: any) => __tc_show(x, depth + 1);
  if (Array.isArray(v)) return "[" + Array.from(v, show).join(", ") + "]";
  if (v instanceof Set) return v.size ? "new Set([" + Array.from(v, show).join(", ") + "])" : "new Set()";
  if (v instanceof Map) {
    const pairs = Array.from(v.entries(), ([k, x]) => "[" + show(k) + ", " + show(x) + "]");
    return pairs.length ? "new Map([" + pairs.join(", ") + "])" : "new Map()";
  }
  if (__tc_plain(v)) return "{" + Object.keys(v).map((k) => __tc_quote(k) + ": " + show(v[k])).join(", ") + "}";
  return "<" + typeof v + ">";
}

function __tc_before(a: any, b: any): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = typeof a === "string" ? a : __tc_show(a, 0), y = typeof b === "string" ? b : __tc_show(b, 0);
  const xs = Array.from(x, (c) => c.codePointAt(0) as number), ys = Array.from(y, (c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) if (xs[i] !== ys[i]) return xs[i] - ys[i];
  return xs.length - ys.length;
}

// list(x), tuple(x), set(x), sorted(x): a dict gives its keys, a string its characters, as in Python.
function __tc_list(v: any): any[] {
  if (v instanceof Map) return Array.from(v.keys());
  if (__tc_plain(v)) return Object.keys(v);
  return Array.from(v);
}
const __tc_tuple = __tc_list;
function __tc_set(v: any): Set<any> {
  return new Set(__tc_list(v));
}
function __tc_sorted(v: any): any[] {
  return __tc_list(v).sort(__tc_before);
}

function __tc_write(text: string): void {
  __tc_fs.writeSync(1, text.replace(/\r/g, "\\r").replace(/\n/g, "\\n") + "\n");
}

function __tc_error(e: any): string {
  try {
    return e instanceof Error ? e.name + ": " + e.message : String(e);
  } catch (_) {
    return "<error>";
  }
}

function __tc_oom(e: any): boolean {
  return e instanceof RangeError && /allocation failed|out of memory/i.test(e.message);
}

function __tc_report(index: number, status: string, detail: string = ""): void {
  __tc_write(__tc_nonce + " " + index + " " + status + (detail ? " " + detail : ""));
  if (status !== "pass") __tc_failures++;
}

function __tc_holds(relation: string, v: any, expected: any, tol: [number, number, boolean]): boolean {
  switch (relation) {
    case "equals": case "approx": return __tc_eq(v, expected, tol);
    case "not_equals": return !__tc_eq(v, expected, tol);
    case "truthy": return __tc_truthy(v);
    case "falsy": return !__tc_truthy(v);
    case "is_none": return v === undefined || v === null;
    case "is_not_none": return v !== undefined && v !== null;
    case "is_true": return v === true;
    case "is_false": return v === false;
  }
  return false;
}

function __tc_check<T>(index: number, thunk: () => T, relation: string, expected: NoInfer<T>,
                       tol: [number, number, boolean]): void {
  let v: any;
  try {
    v = thunk();
  } catch (e) {
    if (__tc_oom(e)) __tc_report(index, "oom", __tc_error(e));
    else if (relation === "raises") __tc_report(index, "pass");
    else __tc_report(index, "error", __tc_error(e));
    return;
  }
  if (__tc_holds(relation, v, expected, tol)) __tc_report(index, "pass");
  else if (relation === "raises") __tc_report(index, "fail", "no exception raised; got " + __tc_show(v, 0));
  else __tc_report(index, "fail", "got " + __tc_show(v, 0));
}

function __tc_finish(count: number): void {
  __tc_write(__tc_nonce + " done " + (count - __tc_failures) + " " + __tc_failures);
  __tc_process.exit(__tc_failures === 0 ? 0 : 1);
}

// The value the call returned, for the executor to judge (the expected value is not in this program).
function __tc_observe(index: number, thunk: () => any): void {
  let v: any;
  try {
    v = thunk();
  } catch (e) {
    __tc_write(__tc_nonce + " " + index + " " + (__tc_oom(e) ? "oom" : "error") + " " + __tc_error(e));
    return;
  }
  let shown: string;
  try {
    shown = __tc_show(v, -Infinity);  // no depth limit: the whole value
  } catch (_) {
    shown = "<unprintable>";
  }
  __tc_write(__tc_nonce + " " + index + " value " + shown);
}

function __tc_finish_observed(): void {
  __tc_write(__tc_nonce + " done");
  __tc_process.exit(0);
}
