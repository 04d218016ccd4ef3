const __tc = (() => {
  "use strict";
  const fs = require("fs");
  const nonce = process.env["{{ NONCE_VARIABLE }}"] || "{{ DEFAULT_NONCE }}";
  const exit = process.exit.bind(process);
  const { isArray } = Array;
  const { getPrototypeOf, keys, prototype: objectPrototype } = Object;
  const { isSafeInteger, isInteger, isNaN: nan } = Number;
  const MapT = Map, SetT = Set, BigIntT = BigInt, RangeErrorT = RangeError, ErrorT = Error;
  const isView = ArrayBuffer.isView, DataViewT = DataView, from = Array.from;
  const abs = Math.abs, max = Math.max;
  let failures = 0;

  // Python's splitlines() ends a line at more characters than "\n": none may reach a result line raw.
  const oneLine = (text) =>
    text.replace(/[\r\n\u2028\u2029\x85\x0b\x0c\x1c-\x1e]/g, (c) =>
      c === "\n" ? "\\n" : c === "\r" ? "\\r" : "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));

  const write = (text) => {
    const bytes = Buffer.from(text + "\n", "utf8");
    for (let at = 0; at < bytes.length; ) {
      try {
        at += fs.writeSync(1, bytes, at);
      } catch (e) {
        if (e.code !== "EAGAIN") throw e;
      }
    }
  };

  const isNone = (v) => v === undefined || v === null;
  // A typed array (Float64Array...) stands for the list of its numbers.
  const plain = (v) => (isView(v) && !(v instanceof DataViewT) ? from(v) : v);
  const isDict = (v) => {
    if (v instanceof MapT) return true;
    if (typeof v !== "object" || v === null || isArray(v)) return false;
    const proto = getPrototypeOf(v);
    return proto === objectPrototype || proto === null;
  };
  const isNumber = (v) => typeof v === "number" || typeof v === "bigint";
  // An integer the printed value shows as one: a safe-integer Number or a BigInt.
  const isWhole = (v) => typeof v === "bigint" || isSafeInteger(v);
  const entries = (d) => (d instanceof MapT ? [...d.entries()] : keys(d).map((k) => [k, d[k]]));

  const close = (a, b, tol) => {
    if (nan(a) && nan(b)) return true;
    if (a === b) return true;
    if (nan(a) || nan(b) || !isFinite(a) || !isFinite(b)) return false;
    const diff = abs(a - b);
    const bound = max(tol.rel * max(abs(a), abs(b)), tol.abs);
    return tol.strict ? diff < bound : diff <= bound;
  };

  const exact = { rel: 0, abs: 0, strict: false };

  // Python's == on the values these stand for: arrays elementwise (lists and tuples alike), a plain
  // object and a Map as dicts by content in any order, sets by content, integers exactly (a BigInt equals
  // a Number of the same value), other numbers within tol, booleans equal to 0 and 1, undefined and null
  // both None.
  const eq = (a, b, tol) => {
    a = plain(a);
    b = plain(b);
    if (typeof a === "boolean" && isNumber(b)) a = a ? 1 : 0;
    if (typeof b === "boolean" && isNumber(a)) b = b ? 1 : 0;
    if (isNumber(a) && isNumber(b)) {
      if (isWhole(a) && isWhole(b)) return BigIntT(a) === BigIntT(b);
      return close(Number(a), Number(b), tol);
    }
    if (isNone(a) || isNone(b)) return isNone(a) && isNone(b);
    if (typeof a === "string" || typeof b === "string" || typeof a === "boolean" || typeof b === "boolean") {
      return a === b;
    }
    if (isArray(a) || isArray(b)) {
      if (!isArray(a) || !isArray(b) || a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i], tol)) return false;
      return true;
    }
    if (a instanceof SetT || b instanceof SetT) {
      // by content both ways, as the executor's judge compares them (arrays in a Set are distinct
      // objects: two equal ones stand for one item of a Python set)
      if (!(a instanceof SetT && b instanceof SetT)) return false;
      const xs = [...a], ys = [...b];
      return xs.every((x) => ys.some((y) => eq(x, y, tol))) && ys.every((y) => xs.some((x) => eq(x, y, tol)));
    }
    if (isDict(a) && isDict(b)) {
      const xs = entries(a), ys = entries(b);
      if (xs.length !== ys.length) return false;
      return xs.every(([k, x]) => ys.some(([j, y]) => eq(k, j, exact) && eq(x, y, tol)));
    }
    return false;
  };

  // Python's truthiness: empty containers, "", 0 and None are false; NaN is true.
  const truthy = (v) => {
    v = plain(v);
    if (isNone(v)) return false;
    if (typeof v === "boolean") return v;
    if (typeof v === "number") return v !== 0;
    if (typeof v === "bigint") return v !== 0n;
    if (typeof v === "string" || isArray(v)) return v.length > 0;
    if (v instanceof SetT || v instanceof MapT) return v.size > 0;
    if (isDict(v)) return keys(v).length > 0;
    return true;
  };

  // A string as a double-quoted literal in ASCII: JSON's escapes, \uXXXX, and \u{X} for a surrogate pair.
  const quote = (s) => {
    let out = '"';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 34) out += '\\"';
      else if (c === 92) out += "\\\\";
      else if (c === 10) out += "\\n";
      else if (c === 13) out += "\\r";
      else if (c === 9) out += "\\t";
      else if (c >= 32 && c < 127) out += s[i];
      else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        out += "\\u{" + s.codePointAt(i).toString(16) + "}";
        i++;
      } else out += "\\u" + c.toString(16).padStart(4, "0");
    }
    return out + '"';
  };

  const showNumber = (v) => {
    if (typeof v === "bigint") return String(v) + "n";
    if (nan(v)) return "NaN";
    if (v === Infinity) return "Infinity";
    if (v === -Infinity) return "-Infinity";
    if (v === 0 && 1 / v < 0) return "-0.0";
    const s = String(v);
    // an integer past 2**53 is a double, not an exact integer: it reads back as a float
    return isInteger(v) && !isSafeInteger(v) && !/[.e]/.test(s) ? s + ".0" : s;
  };

  // The value in JavaScript notation (grammars/values_js.lark), `limit` levels deep at most.
  const show = (v, limit) => {
    v = plain(v);
    if (v === undefined) return "undefined";
    if (v === null) return "null";
    const t = typeof v;
    if (t === "boolean") return v ? "true" : "false";
    if (t === "number" || t === "bigint") return showNumber(v);
    if (t === "string") return quote(v);
    if (t !== "object") return "<" + t + ">";
    if (limit <= 0) return "...";
    const inner = (x) => show(x, limit - 1);
    if (isArray(v)) {
      const parts = [];
      for (let i = 0; i < v.length; i++) parts.push(inner(v[i]));
      return "[" + parts.join(", ") + "]";
    }
    if (v instanceof SetT) return v.size ? "new Set([" + [...v].map(inner).join(", ") + "])" : "new Set()";
    if (v instanceof MapT) {
      const parts = [...v.entries()].map(([k, x]) => "[" + inner(k) + ", " + inner(x) + "]");
      return parts.length ? "new Map([" + parts.join(", ") + "])" : "new Map()";
    }
    if (isDict(v)) return "{" + keys(v).map((k) => quote(k) + ": " + inner(v[k])).join(", ") + "}";
    return "<object>";
  };

  const safeShow = (v, limit) => {
    try {
      return show(v, limit);
    } catch (e) {
      return "<unprintable>";
    }
  };

  const isOom = (e) =>
    e instanceof RangeErrorT && /allocation failed|out of memory/i.test(String(e && e.message));

  const describe = (e) => {
    try {
      if (e instanceof ErrorT) return String(e.name) + ": " + String(e.message);
      return "thrown " + safeShow(e, 4);
    } catch (_) {
      return "<unprintable error>";
    }
  };

  // Python's order for sorted(): numbers by value, strings by code point, arrays element by element.
  const compare = (a, b) => {
    if (typeof a === "boolean") a = a ? 1 : 0;
    if (typeof b === "boolean") b = b ? 1 : 0;
    if (isNumber(a) && isNumber(b)) {
      if (isWhole(a) && isWhole(b)) return BigIntT(a) < BigIntT(b) ? -1 : BigIntT(a) > BigIntT(b) ? 1 : 0;
      return Number(a) < Number(b) ? -1 : Number(a) > Number(b) ? 1 : 0;
    }
    if (typeof a === "string" && typeof b === "string") {
      const xs = [...a], ys = [...b];
      for (let i = 0; i < xs.length && i < ys.length; i++) {
        const d = xs[i].codePointAt(0) - ys[i].codePointAt(0);
        if (d !== 0) return d;
      }
      return xs.length - ys.length;
    }
    if (isArray(a) && isArray(b)) {
      for (let i = 0; i < a.length && i < b.length; i++) {
        const d = compare(a[i], b[i]);
        if (d !== 0) return d;
      }
      return a.length - b.length;
    }
    const sa = safeShow(a, 8), sb = safeShow(b, 8);
    return sa < sb ? -1 : sa > sb ? 1 : 0;
  };

  // list(x): a string's characters, a dict's keys, any other iterable's items.
  const list = (v) => {
    if (typeof v === "string") return [...v];
    if (v instanceof MapT) return [...v.keys()];
    if (isDict(v)) return keys(v);
    return [...v];
  };

  // set(x): the distinct items of list(x), distinct by content (arrays are not distinct by identity).
  const set = (v) => {
    if (v instanceof SetT) return v;
    const out = [];
    for (const x of list(v)) if (!out.some((y) => eq(x, y, exact))) out.push(x);
    return new SetT(out);
  };

  const relations = {
    equals: (v, e, tol) => eq(v, e, tol),
    approx: (v, e, tol) => eq(v, e, tol),
    not_equals: (v, e, tol) => !eq(v, e, tol),
    truthy: (v) => truthy(v),
    falsy: (v) => !truthy(v),
    is_none: (v) => isNone(v),
    is_not_none: (v) => !isNone(v),
    is_true: (v) => v === true,
    is_false: (v) => v === false,
    raises: () => false,
  };

  const line = (index, kind, detail) =>
    write(oneLine(nonce + " " + index + " " + kind + (detail ? " " + detail : "")));

  const report = (index, status, detail) => {
    line(index, status, detail);
    if (status !== "pass") failures++;
  };

  return {
    list,
    tuple: list,
    set,
    sorted: (v) => list(v).sort(compare),

    check(index, thunk, relation, expected, tol) {
      let actual;
      try {
        actual = thunk();
      } catch (e) {
        if (isOom(e)) report(index, "oom", describe(e));
        else if (relation === "raises") report(index, "pass");
        else report(index, "error", describe(e));
        return;
      }
      let held = false;
      try {
        held = relations[relation](actual, expected, tol) === true;
      } catch (e) {
        held = false;
      }
      if (held) report(index, "pass");
      else if (relation === "raises") report(index, "fail", "no error raised; got " + safeShow(actual, 8));
      else report(index, "fail", "got " + safeShow(actual, 8));
    },

    // The value the call returned, for the executor to judge (the expected value is not in this program).
    observe(index, thunk) {
      let actual;
      try {
        actual = thunk();
      } catch (e) {
        line(index, isOom(e) ? "oom" : "error", describe(e));
        return;
      }
      line(index, "value", safeShow(actual, Infinity));
    },

    finishObserved() {
      write(nonce + " done");
      exit(0);
    },

    finish(count) {
      write(nonce + " done " + (count - failures) + " " + failures);
      exit(failures === 0 ? 0 : 1);
    },
  };
})();
