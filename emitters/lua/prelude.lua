local __tc = {nonce = os.getenv("{{ NONCE_VARIABLE }}") or "{{ DEFAULT_NONCE }}", failures = 0}

function __tc.close(a, b, tol)
  if a ~= a and b ~= b then return true end
  if a == b then return true end
  local diff = math.abs(a - b)
  local bound = math.max(tol.rel * math.max(math.abs(a), math.abs(b)), tol.abs)
  if tol.strict then return diff < bound end
  return diff <= bound
end

-- Python's == on the values these stand for: tables by content (lists, tuples, dicts and sets alike),
-- integers exactly, floats within tol, booleans equal to 0 and 1 as in Python.
function __tc.eq(a, b, tol)
  if type(a) == "boolean" and type(b) == "number" then a = a and 1 or 0 end
  if type(b) == "boolean" and type(a) == "number" then b = b and 1 or 0 end
  local ta, tb = type(a), type(b)
  if ta ~= tb then return false end
  if ta == "number" then
    if math.type(a) == "integer" and math.type(b) == "integer" then return a == b end
    return __tc.close(a, b, tol)
  end
  if ta == "table" then
    for k, v in pairs(a) do
      if not __tc.eq(v, b[k], tol) then return false end
    end
    for k, _ in pairs(b) do
      if a[k] == nil then return false end
    end
    return true
  end
  return a == b
end

function __tc.truthy(v)
  if v == nil or v == false or v == 0 or v == "" then return false end
  if type(v) == "table" then return next(v) ~= nil end
  return true
end

local function __tc_is_sequence(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  for i = 1, n do
    if t[i] == nil then return false end
  end
  return true
end

function __tc.show(v, depth)
  depth = depth or 0
  local t = type(v)
  if v == nil then return "None" end
  if t == "boolean" then return v and "True" or "False" end
  if t == "number" then
    if math.type(v) == "integer" then return tostring(v) end
    if v ~= v then return "nan" end
    if v == math.huge then return "inf" elseif v == -math.huge then return "-inf" end
    local s = string.format("%.15g", v)
    if tonumber(s) ~= v then s = string.format("%.17g", v) end
    if not s:find("[%.eEn]") then s = s .. ".0" end
    return s
  end
  if t == "string" then
    return '"' .. v:gsub('[%c"\\]', function(c)
      local named = {["\n"] = "\\n", ["\t"] = "\\t", ["\r"] = "\\r", ['"'] = '\\"', ["\\"] = "\\\\"}
      return named[c] or string.format("\\x%02x", c:byte())
    end) .. '"'
  end
  if t == "table" then
    if depth > 8 then return "..." end
    local parts = {}
    if __tc_is_sequence(v) then
      for i = 1, #v do parts[#parts + 1] = __tc.show(v[i], depth + 1) end
      return "[" .. table.concat(parts, ", ") .. "]"
    end
    for k, x in pairs(v) do parts[#parts + 1] = __tc.show(k, depth + 1) .. ": " .. __tc.show(x, depth + 1) end
    table.sort(parts)
    return "{" .. table.concat(parts, ", ") .. "}"
  end
  return "<" .. t .. ">"
end

local function __tc_lt(a, b)
  if type(a) == type(b) and (type(a) == "number" or type(a) == "string") then return a < b end
  return __tc.show(a) < __tc.show(b)
end

-- sorted(x): a sequence's values in order; a dict's or set's keys in order, as Python's sorted() gives.
function __tc.sorted(t)
  local out = {}
  if __tc_is_sequence(t) then
    for i = 1, #t do out[i] = t[i] end
  else
    for k, _ in pairs(t) do out[#out + 1] = k end
  end
  table.sort(out, __tc_lt)
  return out
end

-- set(x): a sequence becomes {[v]=true}; a table that is already a set stays one.
function __tc.set(t)
  if not __tc_is_sequence(t) then return t end
  local out = {}
  for i = 1, #t do out[t[i]] = true end
  return out
end

function __tc.report(index, status, detail)
  local line = __tc.nonce .. " " .. index .. " " .. status
  if detail and detail ~= "" then line = line .. " " .. detail end
  print((line:gsub("\r", "\\r"):gsub("\n", "\\n")))
  if status ~= "pass" then __tc.failures = __tc.failures + 1 end
end

local __tc_relations = {
  equals = function(v, e, tol) return __tc.eq(v, e, tol) end,
  approx = function(v, e, tol) return __tc.eq(v, e, tol) end,
  not_equals = function(v, e, tol) return not __tc.eq(v, e, tol) end,
  truthy = function(v) return __tc.truthy(v) end,
  falsy = function(v) return not __tc.truthy(v) end,
  is_none = function(v) return v == nil end,
  is_not_none = function(v) return v ~= nil end,
  is_true = function(v) return v == true end,
  is_false = function(v) return v == false end,
  raises = function() return false end,
}

function __tc.check(index, thunk, relation, expected, tol)
  local ok, actual = pcall(thunk)
  if not ok then
    if actual == "not enough memory" then __tc.report(index, "oom", actual) return end
    if relation == "raises" then __tc.report(index, "pass") return end
    __tc.report(index, "error", tostring(actual))
    return
  end
  if __tc_relations[relation](actual, expected, tol) then
    __tc.report(index, "pass")
  elseif relation == "raises" then
    __tc.report(index, "fail", "no error raised; got " .. __tc.show(actual))
  else
    __tc.report(index, "fail", "got " .. __tc.show(actual))
  end
end

function __tc.emit(index, kind, detail)
  print(((__tc.nonce .. " " .. index .. " " .. kind .. " " .. detail):gsub("\r", "\\r"):gsub("\n", "\\n")))
end

-- The value the call returned, for the executor to judge (the expected value is not in this program).
function __tc.observe(index, thunk)
  local ok, actual = pcall(thunk)
  if not ok then
    __tc.emit(index, actual == "not enough memory" and "oom" or "error", tostring(actual))
  else
    local printed, shown = pcall(__tc.show, actual, -math.huge)  -- no depth limit: the whole value
    __tc.emit(index, "value", printed and shown or "<unprintable>")
  end
end

function __tc.finish_observed()
  print(__tc.nonce .. " done")
  os.exit(0)
end

function __tc.finish(count)
  print(__tc.nonce .. " done " .. (count - __tc.failures) .. " " .. __tc.failures)
  os.exit(__tc.failures == 0 and 0 or 1)
end
