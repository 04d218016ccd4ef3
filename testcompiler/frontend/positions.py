"""Source positions of libcst nodes, the same as libcst's ``PositionProvider`` gives, for less.

``MetadataWrapper.resolve(PositionProvider)`` walks the module twice (a batched visit, then a code
generation) and builds two frozen dataclasses per node while tracking line and column token by token. Here
one code generation records each node's range as token indices (an integer per boundary), and a range
becomes a line and column only when a span is asked for, by bisecting the line starts of the generated code.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import accumulate

import libcst as cst
from libcst._nodes.internal import CodegenState

from ir import Span

NEWLINE = re.compile(r"\r\n?|\n")  # as libcst splits tokens into lines


@dataclass(frozen=False)
class _Recorder(CodegenState):
    """A code generation that notes where each node starts and ends, in tokens (libcst's own semantics:
    a syntactic range where the node records one, else everything it generated)."""

    ranges: dict[cst.CSTNode, tuple[int, int]] = field(default_factory=dict)
    stack: list[int] = field(default_factory=list)
    popped: bool = False

    def before_codegen(self, node: cst.CSTNode) -> None:
        self.stack.append(len(self.tokens))

    def after_codegen(self, node: cst.CSTNode) -> None:
        start = self.stack.pop()
        if node not in self.ranges:  # a syntactic range, recorded inside, wins
            self.ranges[node] = (start, len(self.tokens))

    @contextmanager
    def record_syntactic_position(
        self, node: cst.CSTNode, *, start_node: cst.CSTNode | None = None, end_node: cst.CSTNode | None = None
    ) -> Iterator[None]:
        start = len(self.tokens)
        try:
            yield
        finally:
            end = len(self.tokens)
            if start_node is not None:
                start = self.ranges[start_node][0]
            if end_node is not None:
                end = self.ranges[end_node][1]
            self.ranges[node] = (start, end)

    def pop_trailing_newline(self) -> None:
        # keep the token, so that every recorded index still has an offset; the code leaves it out
        self.popped = bool(self.tokens)


class Positions:
    """Spans of the nodes of one module, and the module's code (generated once, here)."""

    def __init__(self, module: cst.Module) -> None:
        state = _Recorder(default_indent=module.default_indent, default_newline=module.default_newline)
        module._codegen(state)
        tokens = state.tokens
        self._ranges = state.ranges
        self._offsets = list(accumulate(map(len, tokens), initial=0))
        whole = "".join(tokens)
        self.code = whole[: len(whole) - len(tokens[-1])] if state.popped else whole
        self._per_token: list[tuple[int, int]] | None = None
        if "\r" in whole:  # "\r\n" split over two tokens counts twice in libcst: go token by token
            self._per_token = _token_positions(tokens)
        self._line_starts = [0] + [m.end() for m in NEWLINE.finditer(whole)]

    def _position(self, index: int) -> tuple[int, int]:
        """Line (from 1) and column (from 0) after the first ``index`` tokens."""
        if self._per_token is not None:
            return self._per_token[index]
        offset = self._offsets[index]
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1]

    def span(self, node: cst.CSTNode) -> Span:
        start, end = self._ranges[node]
        (line, col), (end_line, end_col) = self._position(start), self._position(end)
        return Span(line, col + 1, end_line, end_col + 1)


def _token_positions(tokens: list[str]) -> list[tuple[int, int]]:
    positions = [(1, 0)]
    line, column = 1, 0
    for token in tokens:
        segments = NEWLINE.split(token)
        if len(segments) == 1:
            column += len(token)
        else:
            line += len(segments) - 1
            column = len(segments[-1])
        positions.append((line, column))
    return positions
