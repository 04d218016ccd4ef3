"""Token healing: back the prompt up over its last token and let the model choose how that text goes on.

MultiPL-E prompts end in a newline, but a BPE tokenizer writes a newline and the next line's indentation as
one token ("\\n    "). A prompt that ends in a bare "\\n" token tells the model the newline is over, and small
models then write unindented code or a comment, which stop strings (``"\\n--"``, ``"\\n("``) cut to a stub.
Healing removes the prompt's last token and, for the first generated token(s), allows only tokens whose text
extends the removed text (or is a prefix of it, to be extended by the next token), as in Guidance's token
healing. The removed text is then stripped from each completion, so callers still get text that follows the
original prompt.

``hf`` and ``vllm`` (where its engine takes per-request logits processors) constrain with the tokenizer's
vocabulary. An OpenAI-compatible server cannot constrain one step (vLLM's ``allowed_token_ids`` holds for
every step), and a prompt backed up without the constraint lets the model write anything where the newline
was, so ``openai`` does not heal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def strip_healed(text: str, removed: str) -> str:
    """A completion of the backed-up prompt as a completion of the original one.

    A completion cut before it wrote all of the removed text is empty; one that does not begin with it (a row
    the mask had to leave free) is returned as it is.
    """
    if not removed:
        return text
    if text.startswith(removed):
        return text[len(removed) :]
    if removed.startswith(text):
        return ""
    return text


class Healer:
    """The vocabulary as text, and which tokens may start a completion of a backed-up prompt."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        size = len(tokenizer)
        # Each token decoded alone. Byte pieces of a multi-byte character decode to U+FFFD and so never match
        # whitespace or code; tokenizers that drop a leading space when decoding one token (SentencePiece's
        # "▁") only make healing more conservative.
        self.texts: list[str] = tokenizer.batch_decode(
            [[i] for i in range(size)], skip_special_tokens=False, clean_up_tokenization_spaces=False
        )
        special = set(tokenizer.all_special_ids)
        for i in special:
            if 0 <= i < size:
                self.texts[i] = ""  # never an extension of prompt text
        self._allowed: dict[str, list[int]] = {}

    def back_up(self, prompt: str) -> tuple[str, str]:
        """(prompt without its last token, that token's text); nothing removed where the token's text is not
        exactly the prompt's end (a character split over tokens) or the prompt is one token or less."""
        ids = self.tokenizer(prompt, add_special_tokens=False)["input_ids"]
        if len(ids) < 2:
            return prompt, ""
        removed = self.texts[ids[-1]]
        if not removed or not prompt.endswith(removed):
            return prompt, ""
        return prompt[: len(prompt) - len(removed)], removed

    def allowed(self, remainder: str) -> list[int]:
        """Tokens that may come next while ``remainder`` of the removed text is still unwritten: those that
        write all of it (and maybe more), or a non-empty part of its beginning."""
        found = self._allowed.get(remainder)
        if found is None:
            found = [
                i
                for i, text in enumerate(self.texts)
                if text and (text.startswith(remainder) or remainder.startswith(text))
            ]
            self._allowed[remainder] = found
        return found

    def advance(self, remainder: str, token: int) -> str:
        """What is still unwritten of the removed text after ``token``."""
        text = self.texts[token] if 0 <= token < len(self.texts) else ""
        if text and remainder.startswith(text) and len(text) < len(remainder):
            return remainder[len(text) :]
        return ""


class HealingProcessor:
    """A transformers ``LogitsProcessor``: masks each row's scores to the tokens that heal its prompt.

    Rows are prompts times ``num_return_sequences`` (transformers repeats each prompt's row ``n`` times, in
    order); ``start`` is the padded prompt length, so the tokens after it are the row's own.
    """

    def __init__(self, healer: Healer, removed: Sequence[str], n: int, start: int) -> None:
        self.healer = healer
        self.pending = [r for r in removed for _ in range(n)]
        self.start = start
        self.masks: dict[str, Any] = {}

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        import torch

        if input_ids.shape[1] > self.start:
            last = input_ids[:, -1].tolist()
            self.pending = [
                self.healer.advance(rest, last[row]) if rest else "" for row, rest in enumerate(self.pending)
            ]
        if not any(self.pending):
            return scores
        scores = scores.clone()
        for row, rest in enumerate(self.pending):
            if not rest:
                continue
            mask = self.masks.get(rest)
            if mask is None:
                mask = torch.ones(scores.shape[1], dtype=torch.bool, device=scores.device)
                allowed = [i for i in self.healer.allowed(rest) if i < scores.shape[1]]
                mask[allowed] = False
                self.masks[rest] = mask
            if bool(mask.all()):  # no token continues the text: leave the row free rather than unsamplable
                self.pending[row] = ""
                continue
            scores[row] = scores[row].masked_fill(mask, float("-inf"))
        return scores
