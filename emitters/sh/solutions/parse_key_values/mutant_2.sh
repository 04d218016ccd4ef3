# expect-fail: 18 35
# Mutant: neither entries nor keys are stripped of surrounding whitespace.
parse_key_values() {
    local sep=${2-;} rest=$1 entry key values num last=
    local -A lists=()
    local -a order=() out=() nums
    while [[ -z $last ]]; do
        if [[ $rest == *"$sep"* ]]; then
            entry=${rest%%"$sep"*}
            rest=${rest#*"$sep"}
        else
            entry=$rest
            last=1
        fi
        [[ -z ${entry//[[:space:]]/} ]] && continue
        key=${entry%%=*}
        values=${entry#*=}
        if [[ -z ${lists[$key]+x} ]]; then
            order+=("$key")
            lists[$key]=
        fi
        IFS=, read -ra nums <<< "$values"
        for num in "${nums[@]}"; do
            _trim num "$num"
            [[ -n $num ]] && lists[$key]+="${lists[$key]:+ }$num"
        done
    done
    for key in "${order[@]}"; do out+=("$key,${lists[$key]}"); done
    local IFS=$'\n'
    echo "${out[*]}"
}

_trim() {
    local s=$2
    s=${s#"${s%%[![:space:]]*}"}
    s=${s%"${s##*[![:space:]]}"}
    printf -v "$1" '%s' "$s"
}
