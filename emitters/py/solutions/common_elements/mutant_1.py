# expect-fail: 11
# Mutant: silently drops negative numbers.
def common_elements(a, b):
    return {x for x in a if x in b and not (isinstance(x, int) and x < 0)}
