// A solution's macros for common words (`#define int long long`) would rewrite the harness.
#undef int
#include <bits/stdc++.h>

namespace __tc {

struct Tol {
  double rel, abs;
  bool strict;
};

inline long failures = 0;

inline const char* nonce() {
  const char* n = std::getenv("{{ NONCE_VARIABLE }}");
  return n && *n ? n : "{{ DEFAULT_NONCE }}";
}

template <class TcT> struct is_optional : std::false_type {};
template <class TcT> struct is_optional<std::optional<TcT>> : std::true_type {};
template <class TcT> struct is_tuple : std::false_type {};
template <class... TcT> struct is_tuple<std::tuple<TcT...>> : std::true_type {};

// Python's == on the values these stand for: sequences elementwise, dicts and sets regardless of order,
// integers (and bools) exactly, a float within tol of a number, NaN equal to NaN. Every overload is
// declared before any is defined: a call inside a template finds only those declared before it.
inline bool close(double a, double b, Tol t);
inline bool eq(const std::string& a, const std::string& b, Tol t);
template <class TcA, class TcB> bool eq(const TcA& a, const TcB& b, Tol t);
template <class TcA, class TcB> bool eq(const std::vector<TcA>& a, const std::vector<TcB>& b, Tol t);
template <class TcA, class TcB> bool eq(const std::set<TcA>& a, const std::set<TcB>& b, Tol t);
template <class TcK, class TcV, class TcJ, class TcW> bool eq(const std::map<TcK, TcV>& a, const std::map<TcJ, TcW>& b, Tol t);
template <class... TcA, class... TcB> bool eq(const std::tuple<TcA...>& a, const std::tuple<TcB...>& b, Tol t);
template <class TcA, class TcB> bool eq(const std::optional<TcA>& a, const std::optional<TcB>& b, Tol t);

inline bool close(double a, double b, Tol t) {
  if (std::isnan(a) && std::isnan(b)) return true;
  if (a == b) return true;
  if (!std::isfinite(a) || !std::isfinite(b)) return false;
  double diff = std::fabs(a - b);
  double bound = std::max(t.rel * std::max(std::fabs(a), std::fabs(b)), t.abs);
  return t.strict ? diff < bound : diff <= bound;
}

inline bool eq(const std::string& a, const std::string& b, Tol) { return a == b; }

template <class TcA, class TcB> bool eq(const TcA& a, const TcB& b, Tol t) {
  if constexpr (std::is_arithmetic_v<TcA> && std::is_arithmetic_v<TcB>) {
    if constexpr (std::is_floating_point_v<TcA> || std::is_floating_point_v<TcB>)
      return close(static_cast<double>(a), static_cast<double>(b), t);
    else
      return static_cast<long long>(a) == static_cast<long long>(b);
  } else if constexpr (is_optional<TcA>::value) {
    return a.has_value() && eq(*a, b, t);
  } else if constexpr (is_optional<TcB>::value) {
    return b.has_value() && eq(a, *b, t);
  } else if constexpr (std::is_convertible_v<const TcA&, std::string> && std::is_convertible_v<const TcB&, std::string>) {
    return std::string(a) == std::string(b);
  } else {
    return false;
  }
}

template <class TcA, class TcB> bool eq(const std::vector<TcA>& a, const std::vector<TcB>& b, Tol t) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); i++)
    if (!eq(static_cast<TcA>(a[i]), static_cast<TcB>(b[i]), t)) return false;
  return true;
}

template <class TcA, class TcB> bool eq(const std::set<TcA>& a, const std::set<TcB>& b, Tol t) {
  if (a.size() != b.size()) return false;
  for (const auto& x : a) {
    bool found = false;
    for (const auto& y : b) if ((found = eq(x, y, t))) break;
    if (!found) return false;
  }
  for (const auto& y : b) {
    bool found = false;
    for (const auto& x : a) if ((found = eq(x, y, t))) break;
    if (!found) return false;
  }
  return true;
}

template <class TcK, class TcV, class TcJ, class TcW> bool eq(const std::map<TcK, TcV>& a, const std::map<TcJ, TcW>& b, Tol t) {
  if (a.size() != b.size()) return false;
  Tol exact{0.0, 0.0, false};
  for (const auto& [k, x] : a) {
    bool found = false;
    for (const auto& [j, y] : b) if ((found = eq(k, j, exact) && eq(x, y, t))) break;
    if (!found) return false;
  }
  return true;
}

template <class... TcA, class... TcB, std::size_t... TcI>
bool eq_items(const std::tuple<TcA...>& a, const std::tuple<TcB...>& b, Tol t, std::index_sequence<TcI...>) {
  return (true && ... && eq(std::get<TcI>(a), std::get<TcI>(b), t));
}

template <class... TcA, class... TcB> bool eq(const std::tuple<TcA...>& a, const std::tuple<TcB...>& b, Tol t) {
  if constexpr (sizeof...(TcA) != sizeof...(TcB)) return false;
  else return eq_items(a, b, t, std::index_sequence_for<TcA...>{});
}

template <class TcA, class TcB> bool eq(const std::optional<TcA>& a, const std::optional<TcB>& b, Tol t) {
  if (!a.has_value() || !b.has_value()) return a.has_value() == b.has_value();
  return eq(*a, *b, t);
}

// Python's truthiness: zero, empty and None are false.
template <class TcT> bool truthy(const TcT& v) {
  if constexpr (std::is_arithmetic_v<TcT>) return v != 0;
  else if constexpr (is_optional<TcT>::value) return v.has_value() && truthy(*v);
  else if constexpr (is_tuple<TcT>::value) return std::tuple_size<TcT>::value > 0;
  else return true;
}
inline bool truthy(const std::string& v) { return !v.empty(); }
template <class TcA> bool truthy(const std::vector<TcA>& v) { return !v.empty(); }
template <class TcA> bool truthy(const std::set<TcA>& v) { return !v.empty(); }
template <class TcK, class TcV> bool truthy(const std::map<TcK, TcV>& v) { return !v.empty(); }

// Values as grammars/values_cpp.lark reads them: C++ literals, containers braced.
inline std::string show(const std::string& s);
template <class TcT> std::string show(const TcT& v);
template <class TcA> std::string show(const std::vector<TcA>& v);
template <class TcA> std::string show(const std::set<TcA>& v);
template <class TcK, class TcV> std::string show(const std::map<TcK, TcV>& v);
template <class... TcA> std::string show(const std::tuple<TcA...>& v);
template <class TcA> std::string show(const std::optional<TcA>& v);

template <class TcF> std::string show_float(TcF x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  char buffer[64];
  long digits = std::is_same_v<TcF, float> ? 9 : 17;
  for (long p = 1; p <= digits; p++) {  // the shortest text that reads back as the same value
    std::snprintf(buffer, sizeof buffer, "%.*g", static_cast<signed>(p), static_cast<double>(x));
    if (static_cast<TcF>(std::strtod(buffer, nullptr)) == x) break;
  }
  std::string text = buffer;
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

inline std::string show(const std::string& s) {
  std::string out = "\"";
  char buffer[16];
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    long extra = c >= 0xF0 && c < 0xF8 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (c >= 0x80 && extra > 0 && i + extra < s.size()) {
      unsigned long code = c & (0x3F >> extra);
      bool ok = true;
      for (long k = 1; k <= extra; k++) {
        unsigned char d = static_cast<unsigned char>(s[i + k]);
        ok = ok && (d & 0xC0) == 0x80;
        code = (code << 6) | (d & 0x3F);
      }
      if (ok) {
        std::snprintf(buffer, sizeof buffer, code > 0xFFFF ? "\\U%08lx" : "\\u%04lx", code);
        out += buffer;
        i += extra + 1;
        continue;
      }
    }
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else if (c < 32 || c >= 127) {
      std::snprintf(buffer, sizeof buffer, "\\%03o", c);
      out += buffer;
    } else out += static_cast<char>(c);
    i++;
  }
  return out + "\"";
}

template <class TcT> std::string show(const TcT& v) {
  if constexpr (std::is_same_v<TcT, bool>) return v ? "true" : "false";
  else if constexpr (std::is_floating_point_v<TcT>) return show_float(v);
  else if constexpr (std::is_integral_v<TcT>) return std::to_string(static_cast<long long>(v));
  else if constexpr (std::is_convertible_v<const TcT&, std::string>) return show(std::string(v));
  else return "<value>";
}

template <class TcA> std::string show(const std::vector<TcA>& v) {
  std::string out = "{";
  for (std::size_t i = 0; i < v.size(); i++) out += (i ? ", " : "") + show(static_cast<TcA>(v[i]));
  return out + "}";
}

template <class TcA> std::string show(const std::set<TcA>& v) {
  std::string out = "std::set{";
  bool first = true;
  for (const auto& x : v) out += (first ? "" : ", ") + show(x), first = false;
  return out + "}";
}

template <class TcK, class TcV> std::string show(const std::map<TcK, TcV>& v) {
  std::string out = "std::map{";
  bool first = true;
  for (const auto& [k, x] : v) out += (first ? "{" : ", {") + show(k) + ", " + show(x) + "}", first = false;
  return out + "}";
}

template <class... TcA> std::string show(const std::tuple<TcA...>& v) {
  std::string out = "std::tuple{";
  std::size_t i = 0;
  std::apply([&](const auto&... x) { ((out += (i++ ? ", " : "") + show(x)), ...); }, v);
  return out + "}";
}

template <class TcA> std::string show(const std::optional<TcA>& v) { return v.has_value() ? show(*v) : "std::nullopt"; }

// Python's sorted(), set() and list() on what a call returned.
template <class TcA> std::vector<TcA> sorted(std::vector<TcA> v) {
  std::sort(v.begin(), v.end());
  return v;
}
template <class TcA> std::vector<TcA> sorted(const std::set<TcA>& v) { return std::vector<TcA>(v.begin(), v.end()); }
template <class TcA> std::set<TcA> to_set(const std::vector<TcA>& v) { return std::set<TcA>(v.begin(), v.end()); }
template <class TcA> std::set<TcA> to_set(const std::set<TcA>& v) { return v; }
template <class TcA> std::vector<TcA> to_list(const std::vector<TcA>& v) { return v; }
template <class TcA> std::vector<TcA> to_list(const std::set<TcA>& v) { return std::vector<TcA>(v.begin(), v.end()); }

inline void write(const std::string& line) {
  std::string out;
  for (char c : line) out += c == '\n' ? std::string("\\n") : c == '\r' ? std::string("\\r") : std::string(1, c);
  out += "\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
}

inline void report(long index, const std::string& status, const std::string& detail = "") {
  write(std::string(nonce()) + " " + std::to_string(index) + " " + status + (detail.empty() ? "" : " " + detail));
  if (status != "pass") failures++;
}

template <class TcV, class TcE> bool holds(const std::string& relation, const TcV& v, const TcE& expected, Tol t) {
  if (relation == "equals" || relation == "approx") return eq(v, expected, t);
  if (relation == "not_equals") return !eq(v, expected, t);
  if (relation == "truthy") return truthy(v);
  if (relation == "falsy") return !truthy(v);
  if constexpr (is_optional<TcV>::value) {
    if (relation == "is_none") return !v.has_value();
    if (relation == "is_not_none") return v.has_value();
  }
  if constexpr (std::is_same_v<TcV, bool>) {
    if (relation == "is_true") return v;
    if (relation == "is_false") return !v;
  }
  return false;
}

template <class TcF, class TcE> void check(long index, TcF thunk, const std::string& relation, const TcE& expected, Tol t) {
  try {
    auto v = thunk();
    if (relation == "raises") report(index, "fail", "no exception raised; got " + show(v));
    else if (holds(relation, v, expected, t)) report(index, "pass");
    else report(index, "fail", "got " + show(v));
  } catch (const std::bad_alloc& e) {
    report(index, "oom", "std::bad_alloc");
  } catch (const std::exception& e) {
    if (relation == "raises") report(index, "pass");
    else report(index, "error", e.what());
  } catch (...) {
    if (relation == "raises") report(index, "pass");
    else report(index, "error", "an exception that is not a std::exception");
  }
}

// The value the call returned, for the executor to judge (the expected value is not in this program).
template <class TcF> void observe(long index, TcF thunk) {
  std::string prefix = std::string(nonce()) + " " + std::to_string(index) + " ";
  try {
    auto v = thunk();
    write(prefix + "value " + show(v));
  } catch (const std::bad_alloc& e) {
    write(prefix + "oom std::bad_alloc");
  } catch (const std::exception& e) {
    write(prefix + "error " + e.what());
  } catch (...) {
    write(prefix + "error an exception that is not a std::exception");
  }
}

[[noreturn]] inline void finish(long count) {
  write(std::string(nonce()) + " done " + std::to_string(count - failures) + " " + std::to_string(failures));
  std::_Exit(failures == 0 ? 0 : 1);
}

[[noreturn]] inline void finish_observed() {
  write(std::string(nonce()) + " done");
  std::_Exit(0);
}

}  // namespace __tc
