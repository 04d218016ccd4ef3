# expect-fail: 19 31
# Mutant: forgets to escape backslashes.
def escape_text(text: str, quote: str = '"') -> str:
    out = []
    for ch in text:
        if ch == quote:
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        else:
            out.append(ch)
    return "".join(out)
