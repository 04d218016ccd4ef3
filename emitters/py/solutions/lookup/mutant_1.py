# expect-fail: 17 18
# Mutant: `table.get(key) or default` also replaces an empty-string value.
from typing import Optional


def lookup(table: dict[int, str], key: int, default: Optional[str] = None) -> Optional[str]:
    return table.get(key) or default
