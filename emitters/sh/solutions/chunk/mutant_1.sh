# expect-fail: 5 15
# Mutant: drops a short last chunk.
chunk() {
    local -a items out=()
    IFS=' ' read -ra items <<< "$1"
    local size=$2 i
    for (( i = 0; i + size <= ${#items[@]}; i += size )); do
        out+=("${items[*]:i:size}")
    done
    local IFS=$'\n'
    echo "${out[*]}"
}
