from typing import Dict, List


def parse_key_values(text: str, sep: str = ";") -> Dict[str, List[int]]:
    result: Dict[str, List[int]] = {}
    for entry in text.split(sep):
        if not entry.strip():
            continue
        key, eq, rest = entry.partition("=")
        if not eq:
            raise ValueError(f"missing '=' in entry {entry!r}")
        values = result.setdefault(key.strip(), [])
        for item in rest.split(","):
            if item.strip():
                values.append(int(item))
    return result
