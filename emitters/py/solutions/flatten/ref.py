def flatten(nested: list, depth: int = -1) -> list:
    out = []

    def walk(items, d):
        for x in items:
            if isinstance(x, list) and d != 0:
                walk(x, d - 1)
            else:
                out.append(x)

    walk(nested, depth)
    return out
