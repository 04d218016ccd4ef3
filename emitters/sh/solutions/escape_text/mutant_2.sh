# expect-fail: 17
# Mutant: escapes both kinds of quote, whatever quote is.
escape_text() {
    local text=$1 quote=${2-\"} out= c i
    for (( i = 0; i < ${#text}; i++ )); do
        c=${text:i:1}
        case $c in
            \\) out+='\\' ;;
            $'\n') out+='\n' ;;
            $'\t') out+='\t' ;;
            $'\r') out+='\r' ;;
            *)
                if [[ $c == '"' || $c == "'" ]]; then out+="\\$c"; else out+=$c; fi ;;
        esac
    done
    printf '%s\n' "$out"
}
