"""The public surface and the promise that importing is cheap."""

from __future__ import annotations

import subprocess
import sys

import hybrid_nli


def test_all_is_the_public_surface():
    public = {n for n in dir(hybrid_nli) if not n.startswith("_")}
    modules = {"errors", "reasoner", "verdict", "parse", "knowledge", "logic", "fusion", "resources", "cli", "neural", "display"}
    assert public - modules == set(hybrid_nli.__all__) - {"__version__"}
    for name in ("Reasoner", "Verdict", "Label", "ProofStep", "HybridNLIError"):
        assert name in hybrid_nli.__all__


def test_import_loads_no_heavy_library():
    code = "import sys, hybrid_nli; print(sorted(m for m in ('torch','spacy','z3','transformers') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_label_is_a_str_enum():
    from hybrid_nli import Label

    assert Label.ENTAILMENT == "entailment"
    assert Label("contradiction") is Label.CONTRADICTION


def test_errors_form_one_tree():
    from hybrid_nli import (
        ConfigError,
        HybridNLIError,
        InputError,
        ModelUnavailableError,
        OntologyParseError,
        RuleSyntaxError,
    )

    for cls in (ConfigError, InputError, ModelUnavailableError, OntologyParseError, RuleSyntaxError):
        assert issubclass(cls, HybridNLIError)
    assert issubclass(ConfigError, ValueError) and issubclass(ModelUnavailableError, OSError)
    e = RuleSyntaxError("unexpected ')'", path="r.rules", line=3, column=7)
    assert str(e).startswith("r.rules:3:7:")


def test_bad_constructor_arguments():
    import pytest

    from hybrid_nli import ConfigError, Reasoner

    with pytest.raises(ConfigError, match="mode"):
        Reasoner(mode="magic")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="timeout"):
        Reasoner(timeout=0)
    from hybrid_nli import ModelUnavailableError

    with pytest.raises(ModelUnavailableError, match="no trained classifier"):
        Reasoner(mode="neural", classifier="/nonexistent/classifier")
