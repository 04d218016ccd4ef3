__tc_nonce=${{ '{' }}{{ NONCE_VARIABLE }}:-{{ DEFAULT_NONCE }}}
export -n {{ NONCE_VARIABLE }}
{% raw %}
# What a function prints is its value (MultiPL-E's convention); its exit status means nothing. Launched
# (Runtime.run), the harness runs in a bash of its own and the solution in another, the server below, which
# loads it once, is re-parented away from the harness, and answers each call from a subshell: nothing the
# solution does can redefine the harness's functions or see its state. Run directly (`bash file.sh`, the
# portable test), the solution is already loaded in this shell and calls run in subshells.
__tc_failures=0
__tc_err=$(mktemp "${TMPDIR:-/tmp}/.tc-err.XXXXXX" 2>/dev/null) || __tc_err=/dev/null
__tc_server=
__tc_servers=0
# The server: loads the solution (its first message, up to a NUL byte), then answers each request (a
# function's name and a call, a line each) with "<length> <status>", the text the call printed and a
# newline; the status "undefined" for a function the solution does not define.
__tc_serve='IFS= read -r -d "" __tc_c
eval "$__tc_c" </dev/null >/dev/null
set +e +u
while IFS= read -r __tc_f && IFS= read -r __tc_c; do
  if declare -F "$__tc_f" >/dev/null; then
    __tc_v=$(eval "$__tc_c" </dev/null)
    __tc_s=$?
  else
    __tc_v= __tc_s=undefined
  fi
  printf "%s %s\n%s\n" "${#__tc_v}" "$__tc_s" "$__tc_v"
done'

__tc_start() {
  local fifo="${TMPDIR:-/tmp}/.tc-$$-$(( __tc_servers += 1 ))"
  rm -f -- "$fifo.in" "$fifo.out"
  mkfifo -m 600 -- "$fifo.in" "$fifo.out" || return 1
  ( "$BASH" -c "$__tc_serve" <"$fifo.in" >"$fifo.out" 2>>"$__tc_err" & )
  exec {__tc_to}>"$fifo.in" {__tc_from}<"$fifo.out"
  rm -f -- "$fifo.in" "$fifo.out"
  __tc_server=1
  ( printf '%s\0' "$__tc_solution" >&"$__tc_to" ) 2>/dev/null
}

__tc_stop() {
  [[ -n $__tc_server ]] || return 0
  exec {__tc_to}>&- {__tc_from}<&-
  __tc_server=
}

# __tc_ask FUNCTION CALL: the server's answer, into __tc_out_status and __tc_out (1: no answer).
__tc_ask() {
  [[ -n $__tc_server ]] || __tc_start || return 1
  local header=
  if ! ( printf '%s\n%s\n' "$1" "$2" >&"$__tc_to" ) 2>/dev/null; then
    __tc_stop  # gone: the next call gets a fresh one
    return 1
  fi
  # Lines before the answer are what the solution wrote to the server's stdout (outside any call's
  # capture, as it could write to the program's stdout in MultiPL-E's harness): output, not a value.
  while IFS= read -r header <&"$__tc_from"; do
    [[ $header =~ ^([0-9]+)\ ([0-9]+|undefined)$ ]] && break
    printf '%s\n' "$header" >&2
    header=
  done
  if [[ -z $header ]]; then
    __tc_stop
    return 1
  fi
  __tc_out_status=${BASH_REMATCH[2]} __tc_out=
  local length=${BASH_REMATCH[1]} rest
  if (( length > 0 )) && ! IFS= read -r -N "$length" __tc_out <&"$__tc_from"; then
    __tc_stop
    return 1
  fi
  IFS= read -r rest <&"$__tc_from"
}

# __tc_call CALL FUNCTION CONVERSIONS: sets __tc_k (value, error or oom) and __tc_v (the text or the error).
__tc_call() {
  local answered=1 status
  if [[ -n ${__tc_launched-} ]]; then
    __tc_ask "$2" "$1" || answered=
  else
    local out
    out=$(
      {
        if declare -F "$2" >/dev/null; then
          __tc_v=$(eval "$1" </dev/null)
          __tc_s=$?
        else
          __tc_v= __tc_s=undefined
        fi
        printf '%s\n%s' "$__tc_s" "$__tc_v"
      } 2>>"$__tc_err"
    )
    __tc_out_status=${out%%$'\n'*}
    __tc_out=
    [[ $out == *$'\n'* ]] && __tc_out=${out#*$'\n'}
  fi
  local errors=
  if [[ -s $__tc_err ]]; then
    errors=$(<"$__tc_err")
    printf '%s\n' "${errors:0:65536}" >&2
    : >"$__tc_err"
  fi
  status=$__tc_out_status
  __tc_k=value __tc_v=
  if [[ $errors == *"cannot allocate"* || $errors == *"failed to allocate memory"* ]]; then
    __tc_k=oom __tc_v="bash: cannot allocate memory"
  elif [[ -z $answered ]]; then
    __tc_k=error __tc_v="the program ended before $2 returned"
  elif [[ $status == undefined ]]; then
    __tc_k=error __tc_v="$2 is not defined"
  elif (( status > 128 && status < 160 )); then
    __tc_k=error __tc_v="$2 was terminated by signal $(( status - 128 ))"
  else
    __tc_v=$__tc_out
  fi
  if [[ $__tc_k == value && $3 == *sorted* ]]; then
    __tc_sorted
  fi
}

__tc_isnum() {
  [[ $1 =~ ^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$ || $1 =~ ^[+-]?(inf|nan)$ ]]
}

# sorted(): the space-separated items in Python's order (numbers by value, strings by code point).
__tc_sorted() {
  [[ -z $__tc_v ]] && return
  local -a items
  __tc_split ' ' "$__tc_v"
  items=("${__tc_a[@]}")
  local x numeric=1
  for x in "${items[@]}"; do __tc_isnum "$x" || numeric=; done
  if [[ -n $numeric ]]; then
    __tc_v=$(printf '%s\n' "${items[@]}" | LC_ALL=C sort -g | paste -sd ' ')
  else
    __tc_v=$(printf '%s\n' "${items[@]}" | LC_ALL=C sort | paste -sd ' ')
  fi
}

# __tc_split SEPARATOR TEXT: the items between separators, into __tc_a (no item at all for an empty text).
__tc_split() {
  __tc_a=()
  [[ -z $2 ]] && return
  local rest=$2
  while [[ $rest == *"$1"* ]]; do
    __tc_a+=("${rest%%"$1"*}")
    rest=${rest#*"$1"}
  done
  __tc_a+=("$rest")
}

# __tc_class KIND TOKEN: what one printed scalar stands for, read as its kind says (n number, b boolean,
# s string, o string or None, a anything): sets __tc_c to none, bool, int, float or str. A number reads as a
# number wherever a number or a boolean may stand; true and false as booleans where a boolean may.
__tc_class() {
  case $1 in
    s) __tc_c=str ;;
    o) [[ $2 == None ]] && __tc_c=none || __tc_c=str ;;
    *)
      if [[ $1 == a && $2 == None ]]; then __tc_c=none
      elif [[ $1 != n && ( $2 == true || $2 == false ) ]]; then __tc_c=bool
      elif [[ $2 =~ ^[+-]?[0-9]+$ ]]; then __tc_c=int
      elif __tc_isnum "$2"; then __tc_c=float
      else __tc_c=str
      fi ;;
  esac
}

# --- printing values, for the executor to read back (grammars/values_sh.lark) ---------------------------

__tc_quote() {
  local s=$1
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\n'/\\n}
  s=${s//$'\t'/\\t}
  s=${s//$'\r'/\\r}
  if [[ $s == *[[:cntrl:]]* ]]; then
    local out= i c
    for (( i = 0; i < ${#s}; i++ )); do
      c=${s:i:1}
      [[ $c == [[:cntrl:]] ]] && printf -v c '\\u%04x' "'$c"
      out+=$c
    done
    s=$out
  fi
  __tc_r+="\"$s\""
}

__tc_leaf() {
  __tc_class "$1" "$2"
  case $__tc_c in
    none) __tc_r+=None ;;
    bool) __tc_r+=$2 ;;
    int | float)
      local n=${2#+}
      case $n in
        inf | -inf | nan) __tc_r+=$n ;;
        -nan) __tc_r+=nan ;;
        *) __tc_r+=$n ;;
      esac ;;
    *) __tc_quote "$2" ;;
  esac
}

__tc_seq() {  # __tc_seq KIND TEXT OPEN CLOSE EMPTY
  if [[ -z $2 ]]; then __tc_r+=$5; return; fi
  local -a items
  __tc_split ' ' "$2"
  items=("${__tc_a[@]}")
  local x first=1
  __tc_r+=$3
  for x in "${items[@]}"; do
    [[ -z $first ]] && __tc_r+=", "
    first=
    __tc_leaf "$1" "$x"
  done
  __tc_r+=$4
}

# __tc_show SHAPE TEXT: the value TEXT stands for, read by SHAPE (S scalar, L list, R rows of lists, T set,
# D dict of key,value lines, then the kinds of the scalars; a dict's value kind L<kind> is a flat list), in
# the notation of grammars/values_sh.lark.
__tc_show() {
  __tc_r=
  local k=${1:1:1} line first=1
  local -a lines
  case ${1:0:1} in
    S) __tc_leaf "$k" "$2" ;;
    L) __tc_seq "$k" "$2" "[" "]" "[]" ;;
    T) __tc_seq "$k" "$2" "{" "}" "set()" ;;
    R)
      __tc_split $'\n' "$2"
      lines=("${__tc_a[@]}")
      __tc_r+="["
      for line in "${lines[@]}"; do
        [[ -z $first ]] && __tc_r+=", "
        first=
        __tc_seq "$k" "$line" "[" "]" "[]"
      done
      __tc_r+="]" ;;
    D)
      __tc_split $'\n' "$2"
      lines=("${__tc_a[@]}")
      for line in "${lines[@]}"; do
        if [[ $line != *,* ]]; then __tc_r=; __tc_quote "$2"; return; fi
      done
      __tc_r+="{"
      for line in "${lines[@]}"; do
        [[ -z $first ]] && __tc_r+=", "
        first=
        __tc_leaf "$k" "${line%%,*}"
        __tc_r+=": "
        if [[ ${1:2:1} == L ]]; then
          __tc_seq "${1:3:1}" "${line#*,}" "[" "]" "[]"
        else
          __tc_leaf "${1:2:1}" "${line#*,}"
        fi
      done
      __tc_r+="}" ;;
  esac
}

__tc_emit() {
  local line="$__tc_nonce $1 $2 $3"
  line=${line//$'\r'/\\r}
  printf '%s\n' "${line//$'\n'/\\n}"
}

# The value the call printed, for the executor to judge (the expected value is not in this program).
__tc_observe() {  # INDEX SHAPE CONVERSIONS FUNCTION CALL
  __tc_call "$5" "$4" "$3"
  if [[ $__tc_k == value ]]; then
    __tc_show "$2" "$__tc_v"
    __tc_emit "$1" value "$__tc_r"
  else
    __tc_emit "$1" "$__tc_k" "$__tc_v"
  fi
}

__tc_finish_observed() {
  __tc_stop
  [[ $__tc_err == /dev/null ]] || rm -f -- "$__tc_err"
  printf '%s done\n' "$__tc_nonce"
  exit 0
}

# --- the self-checking harness: Python's == on the values the texts stand for ---------------------------

__tc_int() {  # an integer's text without sign noise or leading zeros, into __tc_n
  local n=${1#+} sign=
  [[ $n == -* ]] && { sign=-; n=${n#-}; }
  while [[ $n == 0?* ]]; do n=${n#0}; done
  [[ $n == 0 ]] && sign=
  __tc_n=$sign$n
}

__tc_close() {  # A B REL ABS STRICT: floats within the tolerance, NaN equal to NaN, inf only to inf
  awk -v a="$1" -v b="$2" -v r="$3" -v t="$4" -v s="$5" 'BEGIN {
    x = a + 0; y = b + 0
    if (x != x && y != y) exit 0
    if (x == y) exit 0
    if (x != x || y != y) exit 1
    if ((x == 2 * x && x != 0) || (y == 2 * y && y != 0)) exit 1
    d = x - y; if (d < 0) d = -d
    m = x < 0 ? -x : x; n = y < 0 ? -y : y; if (n > m) m = n
    bound = r * m; if (t > bound) bound = t
    exit !(s == "true" ? d < bound : d <= bound)
  }'
}

__tc_leq() {  # KIND ACTUAL EXPECTED REL ABS STRICT
  local ca cb
  __tc_class "$1" "$2"; ca=$__tc_c
  __tc_class "$1" "$3"; cb=$__tc_c
  if [[ ( $ca == int || $ca == float ) && ( $cb == int || $cb == float ) ]]; then
    if [[ $ca == int && $cb == int ]]; then
      local na
      __tc_int "$2"; na=$__tc_n
      __tc_int "$3"
      [[ $na == "$__tc_n" ]]
      return
    fi
    __tc_close "$2" "$3" "$4" "$5" "$6"
    return
  fi
  [[ $ca == "$cb" && $2 == "$3" ]]
}

__tc_lseq() {  # KIND ACTUAL EXPECTED REL ABS STRICT: space-separated items, one by one
  local -a xs ys
  __tc_split ' ' "$2"; xs=("${__tc_a[@]}")
  __tc_split ' ' "$3"; ys=("${__tc_a[@]}")
  (( ${#xs[@]} == ${#ys[@]} )) || return 1
  local i
  for (( i = 0; i < ${#xs[@]}; i++ )); do
    __tc_leq "$1" "${xs[i]}" "${ys[i]}" "$4" "$5" "$6" || return 1
  done
}

__tc_same() {  # SHAPE ACTUAL EXPECTED REL ABS STRICT
  local k=${1:1:1} v=${1:2:1} i j found
  local -a xs ys
  case ${1:0:1} in
    S) __tc_leq "$k" "$2" "$3" "$4" "$5" "$6" ;;
    L) __tc_lseq "$k" "$2" "$3" "$4" "$5" "$6" ;;
    R)
      __tc_split $'\n' "$2"; xs=("${__tc_a[@]}")
      __tc_split $'\n' "$3"; ys=("${__tc_a[@]}")
      (( ${#xs[@]} == ${#ys[@]} )) || return 1
      for (( i = 0; i < ${#xs[@]}; i++ )); do
        __tc_lseq "$k" "${xs[i]}" "${ys[i]}" "$4" "$5" "$6" || return 1
      done ;;
    T)  # as sets: each item of either side equals one of the other
      __tc_split ' ' "$2"; xs=("${__tc_a[@]}")
      __tc_split ' ' "$3"; ys=("${__tc_a[@]}")
      for (( i = 0; i < ${#xs[@]}; i++ )); do
        found=
        for (( j = 0; j < ${#ys[@]}; j++ )); do
          __tc_leq "$k" "${xs[i]}" "${ys[j]}" "$4" "$5" "$6" && { found=1; break; }
        done
        [[ -n $found ]] || return 1
      done
      for (( j = 0; j < ${#ys[@]}; j++ )); do
        found=
        for (( i = 0; i < ${#xs[@]}; i++ )); do
          __tc_leq "$k" "${xs[i]}" "${ys[j]}" "$4" "$5" "$6" && { found=1; break; }
        done
        [[ -n $found ]] || return 1
      done ;;
    D)  # as dicts: as many pairs, each actual pair among the expected ones (keys exactly)
      __tc_split $'\n' "$2"; xs=("${__tc_a[@]}")
      __tc_split $'\n' "$3"; ys=("${__tc_a[@]}")
      (( ${#xs[@]} == ${#ys[@]} )) || return 1
      for (( i = 0; i < ${#xs[@]}; i++ )); do
        [[ ${xs[i]} == *,* ]] || return 1
        found=
        for (( j = 0; j < ${#ys[@]}; j++ )); do
          __tc_leq "$k" "${xs[i]%%,*}" "${ys[j]%%,*}" 0 0 false || continue
          if [[ $v == L ]]; then
            __tc_lseq "${1:3:1}" "${xs[i]#*,}" "${ys[j]#*,}" "$4" "$5" "$6" || continue
          else
            __tc_leq "$v" "${xs[i]#*,}" "${ys[j]#*,}" "$4" "$5" "$6" || continue
          fi
          if true; then
            found=1
            break
          fi
        done
        [[ -n $found ]] || return 1
      done ;;
  esac
}

__tc_truthy() {  # SHAPE TEXT: Python's truthiness of the value TEXT stands for
  if [[ ${1:0:1} != S ]]; then [[ -n $2 ]]; return; fi
  __tc_class "${1:1:1}" "$2"
  case $__tc_c in
    none) return 1 ;;
    bool) [[ $2 == true ]] ;;
    int | float) awk -v a="$2" 'BEGIN { x = a + 0; exit !(x != 0 || x != x) }' ;;
    *) [[ -n $2 ]] ;;
  esac
}

__tc_holds() {  # SHAPE RELATION ACTUAL EXPECTED REL ABS STRICT
  case $2 in
    equals | approx) __tc_same "$1" "$3" "$4" "$5" "$6" "$7" ;;
    not_equals) ! __tc_same "$1" "$3" "$4" "$5" "$6" "$7" ;;
    truthy) __tc_truthy "$1" "$3" ;;
    falsy) ! __tc_truthy "$1" "$3" ;;
    is_none | is_not_none)
      local none=1
      [[ ${1:0:1} == S ]] && __tc_class "${1:1:1}" "$3" && [[ $__tc_c == none ]] && none=0
      [[ $2 == is_none ]] && return $none
      return $(( 1 - none )) ;;
    is_true | is_false)
      [[ ${1:0:1} == S ]] || return 1
      __tc_class "${1:1:1}" "$3"
      [[ $__tc_c == bool && $3 == "$([[ $2 == is_true ]] && echo true || echo false)" ]] ;;
    *) return 1 ;;
  esac
}

__tc_report() {
  __tc_emit "$1" "$2" "$3"
  [[ $2 == pass ]] || (( __tc_failures += 1 ))
}

__tc_check() {  # INDEX SHAPE CONVERSIONS FUNCTION CALL RELATION EXPECTED REL ABS STRICT
  __tc_call "$5" "$4" "$3"
  if [[ $__tc_k != value ]]; then
    __tc_report "$1" "$__tc_k" "$__tc_v"
  elif __tc_holds "$2" "$6" "$__tc_v" "$7" "$8" "$9" "${10}"; then
    __tc_report "$1" pass
  else
    __tc_show "$2" "$__tc_v"
    __tc_report "$1" fail "got $__tc_r"
  fi
}

__tc_finish() {
  __tc_stop
  [[ $__tc_err == /dev/null ]] || rm -f -- "$__tc_err"
  printf '%s done %s %s\n' "$__tc_nonce" "$(( $1 - __tc_failures ))" "$__tc_failures"
  (( __tc_failures == 0 )) && exit 0
  exit 1
}
{% endraw %}
