{% set checking = not (observe is defined and observe) %}
{% set converting = checks is defined and (checks | map(attribute="check") | map(attribute="call") | map(attribute="conversions") | select | list) %}
# The harness's helpers are closures bound in this script (no module to compile, none a solution can replace).
tc_nonce =
  case :os.getenv(~c"{{ NONCE_VARIABLE }}") do
    false -> "{{ DEFAULT_NONCE }}"
    nonce -> List.to_string(nonce)
  end

tc_line = fn text -> IO.puts(text |> String.replace("\r", "\\r") |> String.replace("\n", "\\n")) end

tc_char = fn
  "\"" -> "\\\""
  "\\" -> "\\\\"
  "\n" -> "\\n"
  "\r" -> "\\r"
  "\t" -> "\\t"
  "#" -> "\\#"
  <<c::utf8>> when c < 32 or c >= 127 -> "\\u{" <> Integer.to_string(c, 16) <> "}"
  c -> c
end

# A value in Elixir's notation (a MapSet as MapSet.new([...]), a charlist as a list), read back by the executor.
tc_show = fn
  _, nil -> "nil"
  _, true -> "true"
  _, false -> "false"
  _, x when is_integer(x) -> Integer.to_string(x)
  _, x when is_float(x) -> inspect(x)
  _, x when is_binary(x) ->
    if String.valid?(x), do: "\"" <> Enum.map_join(String.codepoints(x), tc_char) <> "\"", else: inspect(x)
  show, x when is_list(x) ->
    try do
      "[" <> Enum.map_join(x, ", ", &show.(show, &1)) <> "]"
    rescue
      _ -> inspect(x)
    end
  show, x when is_tuple(x) -> "{" <> Enum.map_join(Tuple.to_list(x), ", ", &show.(show, &1)) <> "}"
  show, %MapSet{} = s -> "MapSet.new(" <> show.(show, Enum.sort(MapSet.to_list(s))) <> ")"
  show, m when is_map(m) and not is_struct(m) ->
    "%{" <> Enum.map_join(Enum.sort(Map.to_list(m)), ", ", fn {k, v} -> show.(show, k) <> " => " <> show.(show, v) end) <> "}"
  _, x -> inspect(x, limit: :infinity, printable_limit: :infinity)
end

# Runs the call: {:value, v}, or {:error, text} for whatever it raised, threw or exited with.
tc_run = fn thunk ->
  try do
    {:value, thunk.()}
  catch
    kind, reason -> {:error, Exception.format_banner(kind, reason, __STACKTRACE__)}
  end
end
{% if converting %}

# sorted(x), set(x), list(x), tuple(x) as Python gives them (a map stands for its keys).
tc_items = fn
  %MapSet{} = s -> MapSet.to_list(s)
  m when is_map(m) -> Map.keys(m)
  t when is_tuple(t) -> Tuple.to_list(t)
  s when is_binary(s) -> String.codepoints(s)
  x -> Enum.to_list(x)
end

tc_convert = fn
  :sorted, x -> Enum.sort(tc_items.(x))
  :set, x -> MapSet.new(tc_items.(x))
  _, x -> tc_items.(x)
end
{% endif %}
{% if checking %}

tc_close = fn a, b, {rel, abs_tol, strict} ->
  diff = abs(a - b)
  bound = max(rel * max(abs(a), abs(b)), abs_tol)
  a == b or if(strict, do: diff < bound, else: diff <= bound)
end

# Python's == on the values these stand for: lists and tuples elementwise, maps by content, MapSets as sets,
# integers exactly, other numbers within tol, true == 1 and false == 0 as in Python.
tc_eq = fn
  eq, a, b, tol when is_boolean(a) and is_number(b) -> eq.(eq, if(a, do: 1, else: 0), b, tol)
  eq, a, b, tol when is_number(a) and is_boolean(b) -> eq.(eq, a, if(b, do: 1, else: 0), tol)
  _, a, b, _ when is_integer(a) and is_integer(b) -> a == b
  # an integer past the floats' range equals no float
  _, a, b, tol when is_number(a) and is_number(b) ->
    try do
      tc_close.(:erlang.float(a), :erlang.float(b), tol)
    rescue
      ArgumentError -> false
    end
  eq, a, b, tol when (is_list(a) or is_tuple(a)) and (is_list(b) or is_tuple(b)) ->
    a = if is_tuple(a), do: Tuple.to_list(a), else: a
    b = if is_tuple(b), do: Tuple.to_list(b), else: b
    length(a) == length(b) and Enum.all?(Enum.zip(a, b), fn {x, y} -> eq.(eq, x, y, tol) end)
  eq, %MapSet{} = a, %MapSet{} = b, tol ->
    MapSet.size(a) == MapSet.size(b) and Enum.all?(a, fn x -> Enum.any?(b, &eq.(eq, x, &1, tol)) end)
  _, %MapSet{}, _, _ -> false
  _, _, %MapSet{}, _ -> false
  # each key of b in a, or a key equal to it as Python compares keys (1 and 1.0 are one key there)
  eq, a, b, tol when is_map(a) and is_map(b) ->
    map_size(a) == map_size(b) and
      Enum.all?(b, fn {k, v} ->
        case Map.fetch(a, k) do
          {:ok, x} -> eq.(eq, x, v, tol)
          :error -> Enum.any?(a, fn {k2, x} -> eq.(eq, k2, k, tol) and eq.(eq, x, v, tol) end)
        end
      end)
  _, a, b, _ -> a === b
end

tc_truthy = fn
  v when v in [nil, false, "", [], {}] -> false
  v when is_number(v) -> v != 0
  %MapSet{} = s -> MapSet.size(s) > 0
  v when is_map(v) -> map_size(v) > 0
  _ -> true
end

tc_holds = fn
  rel, v, expected, tol when rel in [:equals, :approx] -> tc_eq.(tc_eq, v, expected, tol)
  :not_equals, v, expected, tol -> not tc_eq.(tc_eq, v, expected, tol)
  :truthy, v, _, _ -> tc_truthy.(v)
  :falsy, v, _, _ -> not tc_truthy.(v)
  :is_none, v, _, _ -> v === nil
  :is_not_none, v, _, _ -> v !== nil
  :is_true, v, _, _ -> v === true
  :is_false, v, _, _ -> v === false
  :raises, _, _, _ -> false
end

tc_report = fn index, status, detail ->
  tc_line.("#{tc_nonce} #{index} #{status}" <> if(detail == "", do: "", else: " " <> detail))
  if status != "pass", do: Process.put(:__tc_failures, Process.get(:__tc_failures, 0) + 1)
end

tc_check = fn index, thunk, relation, expected, tol ->
  case tc_run.(thunk) do
    {:error, _} when relation == :raises -> tc_report.(index, "pass", "")
    {:error, text} -> tc_report.(index, "error", text)
    {:value, v} ->
      # a value the equality cannot walk (an improper list) equals nothing
      held = try do
        tc_holds.(relation, v, expected, tol)
      catch
        _, _ -> false
      end

      cond do
        held -> tc_report.(index, "pass", "")
        relation == :raises -> tc_report.(index, "fail", "no error raised; got " <> tc_show.(tc_show, v))
        true -> tc_report.(index, "fail", "got " <> tc_show.(tc_show, v))
      end
  end
end

tc_finish = fn count ->
  failures = Process.get(:__tc_failures, 0)
  IO.puts("#{tc_nonce} done #{count - failures} #{failures}")
  System.halt(if failures == 0, do: 0, else: 1)
end
{% else %}

# The value the call returned, for the executor to judge (the expected value is not in this program).
tc_observe = fn index, thunk ->
  case tc_run.(thunk) do
    {:error, text} -> tc_line.("#{tc_nonce} #{index} error #{text}")
    {:value, v} -> tc_line.("#{tc_nonce} #{index} value " <> tc_show.(tc_show, v))
  end
end
{% endif %}
