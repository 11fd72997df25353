"""hybrid_nli: natural-language inference that proves what logic can prove and says why.

>>> from hybrid_nli import Reasoner
>>> v = Reasoner(mode="symbolic").infer("Every dog barks.", "Every small dog barks.")  # doctest: +SKIP
>>> v.label, v.decided_by  # doctest: +SKIP
(<Label.ENTAILMENT: 'entailment'>, 'proof')

Importing this package is cheap: spaCy, Z3 and WordNet load on first use.
"""

from hybrid_nli.errors import (
    ConfigError,
    HybridNLIError,
    InputError,
    ModelUnavailableError,
    OntologyParseError,
    RuleSyntaxError,
)
from hybrid_nli.reasoner import Reasoner
from hybrid_nli.verdict import Label, ProofStep, Verdict

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "HybridNLIError",
    "InputError",
    "Label",
    "ModelUnavailableError",
    "OntologyParseError",
    "ProofStep",
    "Reasoner",
    "RuleSyntaxError",
    "Verdict",
    "__version__",
]
