"""An OpenAI-compatible ``/v1/completions`` server on loopback, answering with a function of the prompt.

It is a real HTTP server in a thread: the client under test opens real sockets, sends real JSON, and gets
choices back in a shuffled order (the client must match them to prompts by ``index``).
"""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = Callable[[str, int], list[str]]  # (prompt, n) -> n completions


class CompletionServer(ThreadingHTTPServer):
    def __init__(self, answer: Answer) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answer = answer
        self.requests: list[dict[str, Any]] = []
        self.fail_next: list[int] = []  # HTTP statuses to answer with before answering properly

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class _Handler(BaseHTTPRequestHandler):
    server: CompletionServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append(body | {"path": self.path, "auth": self.headers.get("Authorization")})
        if self.server.fail_next:
            self._send(self.server.fail_next.pop(0), {"error": "try again"})
            return
        if self.path != "/v1/completions":
            self._send(404, {"error": "no such route"})
            return
        prompts = body["prompt"] if isinstance(body["prompt"], list) else [body["prompt"]]
        choices = []
        for p, prompt in enumerate(prompts):
            for j, text in enumerate(self.server.answer(prompt, body["n"])):
                choices.append({"index": p * body["n"] + j, "text": text, "finish_reason": "stop"})
        random.Random(len(self.server.requests)).shuffle(choices)
        self._send(200, {"object": "text_completion", "model": body["model"], "choices": choices})

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@contextmanager
def serve(answer: Answer) -> Iterator[CompletionServer]:
    server = CompletionServer(answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
