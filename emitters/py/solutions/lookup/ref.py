from typing import Optional


def lookup(table: dict[int, str], key: int, default: Optional[str] = None) -> Optional[str]:
    if key in table:
        return table[key]
    return default
