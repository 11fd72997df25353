"""Bad input gets a typed error with a clear message, or an abstaining verdict in time."""

from __future__ import annotations

import time

import pytest

from hybrid_nli import InputError, Label

pytestmark = pytest.mark.spacy


@pytest.mark.parametrize("bad", ["", "   \t\n ", "\x00\x01\x02"])
def test_empty_text(reasoner, bad):
    with pytest.raises(InputError, match="empty"):
        reasoner.infer("Every dog barks.", bad)
    with pytest.raises(InputError, match="premise 1 is empty"):
        reasoner.infer(bad, "Every dog barks.")


def test_no_premises(reasoner):
    with pytest.raises(InputError, match="no premises"):
        reasoner.infer([], "Every dog barks.")


def test_huge_sentence(reasoner):
    with pytest.raises(InputError, match="20,000 characters"):
        reasoner.infer("a" * 20_000, "Every dog barks.")
    t = time.perf_counter()
    v = reasoner.infer("Every dog barks " + "and every cat sleeps " * 50 + ".", "Every dog barks.")
    assert time.perf_counter() - t < 10
    assert v.label in (Label.ENTAILMENT, Label.NEUTRAL)


def test_too_many_premises(reasoner):
    with pytest.raises(InputError, match="200 premises"):
        reasoner.infer(["Every dog barks."] * 200, "Fido barks.")


@pytest.mark.parametrize("text", ["Der Hund bellt nicht.", "犬が吠える。", "🐶🐶🐶 🎉", "Every dog\u0007 barks\u200b.",
                                  # the shapes the "There is no" re-parse and the progressive repairs look for
                                  "There is no ing", "There is not an", "There are no 5 ringing ringing",
                                  "There is no man, singing, running", "There is no is running", "is rock climbing",
                                  "There is no man who is running and she is singing"])
def test_odd_text_abstains_or_decides_within_the_limit(reasoner, text):
    t = time.perf_counter()
    v = reasoner.infer(text, "Every cat sleeps.")
    assert time.perf_counter() - t < 5
    assert v.decided_by in ("abstain", "proof")
    if v.decided_by == "proof":
        assert v.verify()


def test_control_characters_are_cleaned(reasoner):
    v = reasoner.infer("Every dog\u0007 barks.", "Every small dog barks.")
    assert v.label == Label.ENTAILMENT and v.premises == ("Every dog barks.",)


def test_a_lone_surrogate_is_refused_with_where_it_is(reasoner):
    # bytes decoded with "surrogateescape" leave one; spaCy and the classifier's tokenizer
    # cannot encode it (it was a UnicodeEncodeError)
    with pytest.raises(InputError, match=r"hypothesis has an unpaired surrogate \(U\+DC80\) at character 6"):
        reasoner.infer("Every dog barks.", "Every \udc80dog barks.")
    with pytest.raises(InputError, match="premise 2 has an unpaired surrogate"):
        reasoner.infer(["Every dog barks.", "\ud800"], "Every dog barks.")


def test_non_string(reasoner):
    with pytest.raises(InputError, match="must be a str"):
        reasoner.infer(["Every dog barks."], 42)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="must be a str"):
        reasoner.infer(42, "Every dog barks.")  # type: ignore[arg-type]


def test_timeout_is_an_abstention_not_an_error():
    from hybrid_nli import Reasoner

    r = Reasoner(mode="symbolic", timeout=0.001)
    v = r.infer(["Every dog barks.", "Fido is a dog."], "Fido barks.")
    # Either the solver was fast enough, or it stopped and said so.
    assert v.decided_by in ("proof", "abstain")
    if v.decided_by == "abstain":
        assert "decide" in v.reason or "solver" in v.reason


def test_a_verdict_does_not_depend_on_what_ran_before():
    # After a problem cut short by a 1 ms limit, Z3's unsat-core minimization on this easy
    # proof sometimes ran until its whole time limit, and the consistency check then had none
    # left ("canceled"): 2 of 40 such runs abstained before the minimization got its own cap.
    from hybrid_nli import Reasoner

    fast = Reasoner(mode="symbolic", timeout=0.001)
    normal = Reasoner(mode="symbolic")
    for _ in range(40):
        fast.infer(["Every dog barks.", "Fido is a dog."], "Fido barks.")
        v = normal.infer(["Anna heard Peter open the door.", "Peter is the janitor."], "Anna heard the janitor open the door.")
        assert v.decided_by == "proof", v.reason


def test_a_full_parse_cache_keeps_the_texts_asked_for(monkeypatch):
    # A premise parsed before and a new hypothesis, once the cache was full: the cache was
    # cleared after the premise had been found in it, and reading the premise raised KeyError
    # (found by ``python -m benchmarks.fuzz``).
    import hybrid_nli.parse.parser as parser_module
    from hybrid_nli import Reasoner

    monkeypatch.setattr(parser_module, "DOC_CACHE", 2)
    r = Reasoner(mode="symbolic")
    r.infer("The woman is walking.", "A woman walks.")  # the cache is full
    v = r.infer("The woman is walking.", "The woman is moving.")  # premise cached, hypothesis new
    assert v.label is Label.ENTAILMENT and v.decided_by == "proof", v.explain()
    assert set(r.parser._docs) == {"The woman is walking.", "The woman is moving."}
    # and a batch larger than the cache still reads every pair
    vs = r.infer_batch([("A dog runs.", "An animal runs."), ("A cat sleeps.", "A cat is sleeping."),
                        ("A man sings.", "A person sings.")])
    assert [v.decided_by for v in vs] == ["proof"] * 3
