"""The shipped classifier: real predictions, batch invariance, version check, hybrid fusion."""

from __future__ import annotations

import json
import shutil

import pytest

from hybrid_nli import Label, Reasoner
from hybrid_nli.errors import ConfigError, ModelUnavailableError
from hybrid_nli.neural.classifier import LABELS, Classifier, default_path
from hybrid_nli.neural.train import user_pairs

pytestmark = pytest.mark.spacy

CLEAR = [
    ("A man is sleeping in a bed.", "A man is asleep.", Label.ENTAILMENT),
    ("A woman is playing a piano on a stage.", "Nobody is playing a piano.", Label.CONTRADICTION),
    ("Two children are running on the beach.", "Two children are swimming in a lake.", Label.CONTRADICTION),
    ("A dog is running in a park.", "A dog is running after its owner's red ball.", Label.NEUTRAL),
]


@pytest.fixture(scope="module")
def clf():
    return Classifier()


def test_clear_pairs(clf):
    probs = clf.predict([(p, h) for p, h, _ in CLEAR])
    for (p, h, gold), pr in zip(CLEAR, probs):
        assert abs(sum(pr.values()) - 1) < 1e-5
        assert max(pr, key=pr.get) == gold, (p, h, pr)


def test_a_pair_gets_the_same_probabilities_in_any_batch(clf):
    pairs = [(p, h) for p, h, _ in CLEAR] + [("A very long premise " + "that goes on " * 20 + ".", "It ends.")]
    alone = [clf.predict([pair])[0] for pair in pairs]
    together = clf.predict(pairs)
    reversed_ = clf.predict(pairs[::-1])[::-1]
    small = Classifier(batch_size=2)
    small._loaded = clf._load()
    for a, b, c, d in zip(alone, together, reversed_, small.predict(pairs)):
        for lab in Label:
            assert abs(a[lab] - b[lab]) < 1e-5 and abs(a[lab] - c[lab]) < 1e-5 and abs(a[lab] - d[lab]) < 1e-5


def _shipped_copy(folder, **card_changes):
    """A copy of the shipped classifier folder whose card.json has ``card_changes``."""
    shutil.copytree(default_path(), folder)
    card = json.loads((folder / "card.json").read_text())
    (folder / "card.json").write_text(json.dumps({**card, **card_changes}))
    return folder


def test_mean_pooling_reads_only_the_pairs_own_tokens(tmp_path):
    # A classifier folder trained with --pooling mean: its card says so, and loading builds the
    # mean-pooled model; padding must not enter the mean (a pair alone = the pair in a batch).
    mean = Classifier(_shipped_copy(tmp_path / "mean", pooling="mean"))
    pairs = [(p, h) for p, h, _ in CLEAR] + [("A very long premise " + "that goes on " * 20 + ".", "It ends.")]
    together = mean.predict(pairs)
    for pair, b in zip(pairs, together):
        a = mean.predict([pair])[0]
        assert all(abs(a[lab] - b[lab]) < 1e-5 for lab in Label)
    # the same weights read by the first token answer otherwise: the option is not ignored
    shipped = Classifier().predict(pairs[:1])[0]
    assert max(abs(shipped[lab] - together[0][lab]) for lab in Label) > 1e-3
    with pytest.raises(ConfigError, match="pooling 'max'"):
        Classifier(_shipped_copy(tmp_path / "max", pooling="max"))


def test_version_check_and_missing_artifact(tmp_path):
    with pytest.raises(ConfigError, match="version '0'"):
        Classifier(_shipped_copy(tmp_path / "clf", artifact_version="0"))
    with pytest.raises(ModelUnavailableError, match="no trained classifier"):
        Classifier(tmp_path / "nothing")


def test_hybrid_proof_decides_and_model_fills_in():
    r = Reasoner()  # hybrid by default
    proved = r.infer("Every dog barks.", "Every small dog barks.")
    assert (proved.label, proved.decided_by) == (Label.ENTAILMENT, "proof")
    guessed = r.infer("A man is sleeping in a bed.", "A man is asleep.")
    assert guessed.decided_by == "model" and guessed.label == Label.ENTAILMENT
    assert any(s.kind == "model" for s in guessed.trace)
    only_model = Reasoner(mode="neural")
    neural = only_model.infer_batch([("Every dog barks.", "Every small dog barks."),
                                     ("A man is sleeping in a bed.", "A man is asleep.")])
    assert all(v.decided_by == "model" for v in neural)
    # the logic is not run, so nothing is parsed (the neural speed is the classifier's alone)
    assert not only_model.parser._docs


def test_training_files_are_checked_before_training(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"premise": "A", "hypothesis": "B", "label": "yes"}\n')
    with pytest.raises(ConfigError, match="row 1 has label 'yes'"):
        user_pairs(bad)
    bad.write_text('{"premise": "A", "label": "neutral"}\n')
    with pytest.raises(ConfigError, match="lacks hypothesis"):
        user_pairs(bad)
    bad.write_text("")
    with pytest.raises(ConfigError, match="no training pairs"):
        user_pairs(bad)
    tsv = tmp_path / "ok.tsv"
    tsv.write_text("premise\thypothesis\tlabel\nA dog runs.\tAn animal runs.\tentailment\n")
    assert user_pairs(tsv) == [("A dog runs.", "An animal runs.", 0)]


def test_generated_pairs_edits_are_the_documented_ones(reasoner):
    import random

    from hybrid_nli.neural.augment import _no_variant, _replace, edits

    nlp = reasoner.parser.nlp
    wn = reasoner.wordnet.wn
    doc = nlp("A small dog is running in the park")
    made = {k: s for s, k in edits(doc, wn, random.Random(0), lambda w: True)}
    assert made["drop_adjective"] == "A dog is running in the park"
    assert made["negate"] == "A small dog is not running in the park"
    assert "dog" not in made["hypernym"].split() and made["hypernym"].endswith("is running in the park")
    assert _no_variant(doc) == "No small dog is running in the park"
    # the article follows the new word
    assert _replace(nlp("A man eats a pear"), 4, "apple") == "A man eats an apple"
    # and each edit is labelled by the prover, in the direction the logic gives
    v = reasoner.infer(made["hypernym"], "A small dog is running in the park")
    assert v.label.value in ("neutral", "entailment")
    assert reasoner.infer("No dog is running in the park", "No small dog is running in the park").decided_by == "proof"


def test_shipped_generated_pairs_file_is_well_formed():
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "generated.jsonl"
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) > 5000
    assert {r["label"] for r in rows} == {"entailment", "neutral", "contradiction"}
    assert {r["source"] for r in rows} <= {"SICK train", "SNLI dev"}  # training pool only
    neutral = sum(r["label"] == "neutral" for r in rows) / len(rows)
    assert neutral <= 0.41


def test_project_pool_options_sick_repeat_and_selection_rows():
    import os
    from pathlib import Path

    from hybrid_nli.neural.train import project_pool, sick_trial

    data = Path(os.environ.get("HYBRID_NLI_DATA") or Path(__file__).resolve().parents[2] / "shared" / "data")
    if not (data / "sick").is_dir():
        pytest.skip("data folder not found (set HYBRID_NLI_DATA)")
    train, val, counts = project_pool(data)
    train2, val2, counts2 = project_pool(data, sick_repeat=2)
    n = counts["SICK train"]
    assert counts2["SICK train"] == 2 * n and len(train2) == len(train) + n and val2 == val
    # the selection rows are SICK trial, none of them in the training pool
    trial = sick_trial(data)
    assert 400 < len(trial) < 600
    assert not {(p, h) for p, h, _ in trial} & {(p, h) for p, h, _ in train}
    # --sources keeps only the named parts; the validation rows stay MNLI's
    only, val3, counts3 = project_pool(data, sources=frozenset({"sick"}))
    assert list(counts3) == ["SICK train", "MNLI validation (index % 5 == 0)"] and len(only) == n and val3 == val


def test_checkpoint_mean_and_bad_sources():
    import torch

    from hybrid_nli.errors import ConfigError
    from hybrid_nli.neural.train import _mean_state, main

    a = {"w": torch.tensor([1.0, 3.0]), "b": torch.tensor([0.0])}
    b = {"w": torch.tensor([3.0, 5.0]), "b": torch.tensor([2.0])}
    mean = _mean_state([a, b])
    assert torch.equal(mean["w"], torch.tensor([2.0, 4.0])) and torch.equal(mean["b"], torch.tensor([1.0]))
    with pytest.raises(ConfigError, match="--sources"):
        main(["--sources", "sick,wikipedia", "--out", "/nonexistent/never-written"])


def test_layer_decay_groups_and_bad_value():
    from hybrid_nli.errors import ConfigError
    from hybrid_nli.neural.classifier import build_model
    from hybrid_nli.neural.train import _param_groups, main

    _, model = build_model(3, "cls")
    for name, p in model.named_parameters():
        p.requires_grad = ".embeddings." not in f".{name}"
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    # 1: one group at the learning rate, the optimizer the option replaces
    (one,) = _param_groups(model, 1e-4, 1.0)
    assert one["lr"] == 1e-4 and sum(p.numel() for p in one["params"]) == trainable
    groups = _param_groups(model, 1e-4, 0.5)
    n = model.config.num_hidden_layers
    assert [g["lr"] for g in groups] == [1e-4 * 0.5**k for k in range(n + 1)]
    assert sum(p.numel() for g in groups for p in g["params"]) == trainable  # nothing frozen, nothing lost
    # the smallest rate is the bottom layer's, and only its
    assert {id(p) for p in groups[-1]["params"]} == {id(p) for p in model.bert.encoder.layer[0].parameters()}
    with pytest.raises(ConfigError, match="--layer-decay"):
        main(["--layer-decay", "0", "--out", "/nonexistent/never-written"])


def test_logits_are_what_predict_normalizes_and_distillation_options_are_checked(clf, tmp_path):
    import torch

    from hybrid_nli.neural.train import main

    pairs = [(p, h) for p, h, _ in CLEAR]
    logits = clf.logits(pairs)
    assert logits.shape == (len(pairs), 3)
    probs = clf.predict(pairs)
    for row, p in zip(torch.softmax(logits, -1).tolist(), probs):
        assert row == pytest.approx([p[lab] for lab in LABELS], abs=1e-6)
    # the teacher's soft labels for the clear pairs put the most weight on the gold label
    assert [int(i) for i in logits.argmax(-1)] == [LABELS.index(g) for _, _, g in CLEAR]
    assert clf.logits([]).shape == (0, 3)
    with pytest.raises(ConfigError, match="--teacher"):
        main(["--teacher", str(tmp_path), "--out", "/nonexistent/never-written"])
    with pytest.raises(ConfigError, match="--distill-weight"):
        main(["--teacher", str(default_path()), "--distill-weight", "1.5", "--out", "/nonexistent/never-written"])


def test_a_low_rank_adapter_is_stored_small_and_loads_merged(tmp_path):
    # What --lora trains: factors on the encoder's linear layers, stored in place of their
    # weights; loading folds them back in, and the merged model must score pairs exactly as the
    # hooked one did in training.
    import torch
    from safetensors.torch import save_file

    from hybrid_nli.neural.classifier import ARTIFACT_VERSION, add_lora, batched_logits, build_model, trainable_keys
    from hybrid_nli.neural.train import main

    torch.manual_seed(0)
    tok, model = build_model(3, "cls")
    add_lora(model, 4, 8.0)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.endswith(".lora_B"):
                p.normal_(0, 0.02)  # trained factors: B is no longer zero, so the update is not
    state = model.state_dict()
    keys = trainable_keys(state)
    assert "bert.encoder.layer.0.attention.self.query.lora_A" in keys
    assert "bert.encoder.layer.0.attention.self.query.weight" not in keys  # the base model's
    assert "bert.encoder.layer.0.attention.self.query.bias" in keys and "classifier.weight" in keys
    assert "bert.pooler.dense.weight" in keys  # pooler and head are trained in full
    folder = tmp_path / "adapter"
    folder.mkdir()
    save_file({k: state[k].contiguous() for k in keys}, str(folder / "weights.safetensors"))
    card = {"artifact_version": ARTIFACT_VERSION, "adapter": {"kind": "lora", "rank": 4, "alpha": 8.0}}
    (folder / "card.json").write_text(json.dumps(card))
    pairs = [(p, h) for p, h, _ in CLEAR]
    model.eval()
    hooked = batched_logits(tok, model, pairs, 128, 64)
    merged = Classifier(folder).logits(pairs)
    assert torch.allclose(hooked, merged, atol=1e-4)
    # and the update matters: without it (the base layers and the same head) the scores differ
    model.load_state_dict({**state, **{k: torch.zeros_like(v) for k, v in state.items() if k.endswith(".lora_B")}})
    assert not torch.allclose(batched_logits(tok, model, pairs, 128, 64), merged, atol=1e-3)
    # a card whose adapter lacks its rank is refused, not loaded as if it were full layers
    (folder / "card.json").write_text(json.dumps({**card, "adapter": {"kind": "lora", "alpha": 8.0}}))
    with pytest.raises(ConfigError, match="rank"):
        Classifier(folder).logits(pairs)
    with pytest.raises(ConfigError, match="--lora"):
        main(["--lora", "8", "--init", str(default_path()), "--out", "/nonexistent/never-written"])


def test_the_model_card_for_people_says_what_card_json_records():
    from hybrid_nli.neural.train import model_card_markdown

    card = json.loads((default_path() / "card.json").read_text())
    text = model_card_markdown(card)
    assert text.startswith("# Model card") and card["command"] in text
    assert f"| SICK train | {card['data']['SICK train']:,} |" in text
    assert f"{100 * card['best_validation_accuracy']:.2f}%" in text
    assert len([line for line in text.splitlines() if line.startswith("| ") and "checkpoint" in line]) == len(
        card["history"])
    adapter = {**card, "adapter": {"kind": "lora", "rank": 32, "alpha": 64.0}}
    assert "| adapter | {'kind': 'lora', 'rank': 32, 'alpha': 64.0} |" in model_card_markdown(adapter)
