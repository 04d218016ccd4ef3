# Every name of the harness is a local variable of the top level: no method of the solution can see or
# redefine one. The core methods it prints with are taken in a BEGIN block, which Ruby runs before the rest
# of the file (the solution included): a solution that redefines Integer#to_s or String#inspect changes its
# own output, not what the harness reports. Output goes to the STDOUT taken there, the exit through Kernel.
BEGIN {
  require 'set'
  __tc_out = STDOUT
  __tc_write = IO.instance_method(:write)
  __tc_flush = IO.instance_method(:flush)
  __tc_is_a = Kernel.instance_method(:is_a?)
  __tc_same = BasicObject.instance_method(:equal?)
  __tc_dup = Kernel.instance_method(:dup)
  __tc_ivar = Kernel.instance_method(:instance_variable_get)
  __tc_class_of = Kernel.instance_method(:class)
  __tc_sym_inspect = Symbol.instance_method(:inspect)
  __tc_sym_class = Symbol
  __tc_name = Module.instance_method(:name)
  __tc_int_s = Integer.instance_method(:to_s)
  __tc_float_s = Float.instance_method(:to_s)
  __tc_inspect = String.instance_method(:inspect)
  __tc_encoding = String.instance_method(:encoding)
  __tc_force = String.instance_method(:force_encoding)
  __tc_valid = String.instance_method(:valid_encoding?)
  __tc_gsub = String.instance_method(:gsub)
  __tc_map = Array.instance_method(:map)
  __tc_join = Array.instance_method(:join)
  __tc_pairs = Hash.instance_method(:to_a)
  __tc_keys = Hash.instance_method(:keys)
  __tc_exit = Kernel.method(:exit!)
  __tc_int_class = Integer
  __tc_float_class = Float
  __tc_str_class = String
  __tc_ary_class = Array
  __tc_hash_class = Hash
  __tc_set_class = Set
  __tc_utf8 = Encoding::UTF_8
}

__tc_nonce = ENV["{{ NONCE_VARIABLE }}"] || "{{ DEFAULT_NONCE }}"
__tc_failures = [0]

__tc_close = ->(a, b, tol) {
  return true if a.nan? && b.nan?
  return true if a == b
  return false if a.nan? || b.nan? || a.infinite? || b.infinite?
  diff = (a - b).abs
  bound = [tol[0] * [a.abs, b.abs].max, tol[1]].max
  tol[2] ? diff < bound : diff <= bound
}

# The number a value stands for in Python, or nil: true and false are 1 and 0 there.
__tc_number = ->(v) {
  case v
  when true then 1
  when false then 0
  when Integer, Float then v
  when Rational then v.to_f
  end
}

__tc_exact = [0.0, 0.0, false]

# Python's == on the values these stand for: arrays (lists and tuples) elementwise, hashes regardless of
# order, sets by content, integers exactly, floats within tol (NaN equal to NaN), strings by their bytes.
__tc_eq = ->(a, b, tol) {
  na = __tc_number.(a)
  nb = __tc_number.(b)
  unless na.nil? || nb.nil?
    return na == nb if na.is_a?(Integer) && nb.is_a?(Integer)
    return __tc_close.(na.to_f, nb.to_f, tol)
  end
  if a.is_a?(Array) && b.is_a?(Array)
    return false unless a.length == b.length
    a.each_index { |i| return false unless __tc_eq.(a[i], b[i], tol) }
    return true
  end
  if a.is_a?(Hash) && b.is_a?(Hash)
    return false unless a.size == b.size
    a.each_pair do |k, v|
      if b.key?(k)
        return false unless __tc_eq.(v, b[k], tol)
      else
        return false unless b.any? { |j, w| __tc_eq.(k, j, __tc_exact) && __tc_eq.(v, w, tol) }
      end
    end
    return true
  end
  if a.is_a?(Set) || b.is_a?(Set)
    return false unless a.is_a?(Set) && b.is_a?(Set)
    return a.all? { |x| b.any? { |y| __tc_eq.(x, y, tol) } } && b.all? { |y| a.any? { |x| __tc_eq.(x, y, tol) } }
  end
  return a.b == b.b if a.is_a?(String) && b.is_a?(String)
  return a.nil? && b.nil? if a.nil? || b.nil?
  return false unless a.class == b.class
  a == b
}

# Python's truthiness of the value this stands for.
__tc_truthy = ->(v) {
  case v
  when nil, false then false
  when Integer, Float then v != 0
  when String, Array, Hash, Set then !v.empty?
  else true
  end
}

# A string as UTF-8 text: a binary string holding UTF-8 bytes is the text those bytes spell.
__tc_text = ->(s) {
  return s if __tc_same.bind_call(__tc_encoding.bind_call(s), __tc_utf8)
  t = __tc_force.bind_call(__tc_dup.bind_call(s), __tc_utf8)
  __tc_valid.bind_call(t) ? t : s
}

__tc_cat = ->(*parts) { __tc_join.bind_call(parts, "") }

# A value in Ruby's inspect notation (grammars/values_rb.lark), printed with the methods taken at BEGIN.
__tc_show = ->(v) {
  if __tc_is_a.bind_call(v, __tc_int_class) then __tc_int_s.bind_call(v)
  elsif __tc_is_a.bind_call(v, __tc_float_class) then __tc_float_s.bind_call(v) # NaN, Infinity, 1.0e+20
  elsif __tc_same.bind_call(v, nil) then "nil"
  elsif __tc_same.bind_call(v, true) then "true"
  elsif __tc_same.bind_call(v, false) then "false"
  elsif __tc_is_a.bind_call(v, __tc_str_class) then __tc_inspect.bind_call(__tc_text.(v))
  elsif __tc_is_a.bind_call(v, __tc_ary_class)
    __tc_cat.("[", __tc_join.bind_call(__tc_map.bind_call(v) { |x| __tc_show.(x) }, ", "), "]")
  elsif __tc_is_a.bind_call(v, __tc_hash_class)
    pairs = __tc_map.bind_call(__tc_pairs.bind_call(v)) { |k, x| __tc_cat.(__tc_show.(k), "=>", __tc_show.(x)) }
    __tc_cat.("{", __tc_join.bind_call(pairs, ", "), "}")
  elsif __tc_is_a.bind_call(v, __tc_set_class)
    items = __tc_map.bind_call(__tc_keys.bind_call(__tc_ivar.bind_call(v, :@hash))) { |x| __tc_show.(x) }
    __tc_cat.("#<Set: {", __tc_join.bind_call(items, ", "), "}>")
  elsif __tc_is_a.bind_call(v, __tc_sym_class) then __tc_sym_inspect.bind_call(v) # no Python value: unreadable
  else # no Python value: its class, never its own inspect (which could print a value it does not hold)
    __tc_cat.("#<", __tc_name.bind_call(__tc_class_of.bind_call(v)) || "?", ">")
  end
}

__tc_short = ->(v) {
  text = __tc_show.(v)
  text.length > 300 ? __tc_cat.(text[0, 300], "...") : text
}

__tc_order = ->(a, b) {
  na = __tc_number.(a)
  nb = __tc_number.(b)
  if !na.nil? && !nb.nil? then (na <=> nb) || 0
  elsif a.is_a?(String) && b.is_a?(String) then a.b <=> b.b
  elsif a.is_a?(Array) && b.is_a?(Array)
    [a.length, b.length].min.times do |i|
      c = __tc_order.(a[i], b[i])
      return c if c != 0
    end
    a.length <=> b.length
  else __tc_show.(a) <=> __tc_show.(b)
  end
}

# list(x), tuple(x), set(x) and sorted(x) as Python has them: a hash gives its keys, a string its characters.
__tc_list = ->(v) {
  case v
  when Hash then v.keys
  when String then v.chars
  when Array then v
  else v.to_a
  end
}
__tc_tuple = __tc_list
__tc_set = ->(v) { v.is_a?(Set) ? v : Set.new(__tc_list.(v)) }
__tc_sorted = ->(v) { __tc_list.(v).sort { |a, b| __tc_order.(a, b) } }

__tc_emit = ->(*parts) {
  line = __tc_gsub.bind_call(__tc_gsub.bind_call(__tc_join.bind_call(parts, ""), "\r", "\\r"), "\n", "\\n")
  __tc_write.bind_call(__tc_out, __tc_cat.(line, "\n"))
  __tc_flush.bind_call(__tc_out)
}

__tc_report = ->(index, status, detail = "") {
  __tc_emit.(__tc_nonce, " ", index, " ", status, detail.empty? ? "" : " ", detail)
  __tc_failures[0] += 1 if status != "pass"
}

# What a raised exception says: its class and message (as UTF-8, whatever bytes it holds), on one line.
__tc_error = ->(e) {
  name = __tc_name.bind_call(__tc_class_of.bind_call(e)) || "?"
  begin
    message = __tc_force.bind_call(__tc_dup.bind_call(e.message.to_s), __tc_utf8).scrub("?")
    __tc_cat.(name, ": ", message)
  rescue StandardError
    name
  end
}

# Whether an exception ends the program rather than the call: exit, exit!, signals.
__tc_fatal = ->(e) { e.is_a?(SystemExit) || e.is_a?(SignalException) }

__tc_relations = {
  equals: ->(v, e, tol) { __tc_eq.(v, e, tol) },
  approx: ->(v, e, tol) { __tc_eq.(v, e, tol) },
  not_equals: ->(v, e, tol) { !__tc_eq.(v, e, tol) },
  truthy: ->(v, _e, _tol) { __tc_truthy.(v) },
  falsy: ->(v, _e, _tol) { !__tc_truthy.(v) },
  is_none: ->(v, _e, _tol) { v.nil? },
  is_not_none: ->(v, _e, _tol) { !v.nil? },
  is_true: ->(v, _e, _tol) { v.equal?(true) },
  is_false: ->(v, _e, _tol) { v.equal?(false) },
  raises: ->(_v, _e, _tol) { false },
}

__tc_check = ->(index, thunk, relation, expected, tol) {
  begin
    actual = thunk.()
  rescue Exception => e # rubocop:disable Lint/RescueException
    raise if __tc_fatal.(e)
    if e.is_a?(NoMemoryError)
      __tc_report.(index, "oom", __tc_error.(e))
    elsif relation == :raises
      __tc_report.(index, "pass")
    else
      __tc_report.(index, "error", __tc_error.(e))
    end
    return
  end
  if __tc_relations[relation].(actual, expected, tol)
    __tc_report.(index, "pass")
  elsif relation == :raises
    __tc_report.(index, "fail", __tc_cat.("no error raised; got ", __tc_short.(actual)))
  else
    __tc_report.(index, "fail", __tc_cat.("got ", __tc_short.(actual)))
  end
}

# The value the call returned, for the executor to judge (the expected value is not in this program).
__tc_observe = ->(index, thunk) {
  begin
    actual = thunk.()
  rescue Exception => e # rubocop:disable Lint/RescueException
    raise if __tc_fatal.(e)
    __tc_emit.(__tc_nonce, " ", index, e.is_a?(NoMemoryError) ? " oom " : " error ", __tc_error.(e))
    return
  end
  shown = begin
    __tc_show.(actual)
  rescue Exception # rubocop:disable Lint/RescueException
    "#<unprintable>"
  end
  __tc_emit.(__tc_nonce, " ", index, " value ", shown)
}

__tc_finish_observed = -> {
  __tc_emit.(__tc_nonce, " done")
  __tc_exit.(0)
}

__tc_finish = ->(count) {
  passed = __tc_int_s.bind_call(count - __tc_failures[0])
  __tc_emit.(__tc_nonce, " done ", passed, " ", __tc_int_s.bind_call(__tc_failures[0]))
  __tc_exit.(__tc_failures[0] == 0 ? 0 : 1)
}
