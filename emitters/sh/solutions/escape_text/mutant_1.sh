# expect-fail: 19 31
# Mutant: forgets to escape backslashes.
escape_text() {
    local text=$1 quote=${2-\"} out= c i
    for (( i = 0; i < ${#text}; i++ )); do
        c=${text:i:1}
        case $c in
            $'\n') out+='\n' ;;
            $'\t') out+='\t' ;;
            $'\r') out+='\r' ;;
            *)
                if [[ $c == "$quote" ]]; then out+="\\$c"; else out+=$c; fi ;;
        esac
    done
    printf '%s\n' "$out"
}
