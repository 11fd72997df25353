"""The exceptions hybrid_nli raises, in one tree.

    HybridNLIError
    ├── ConfigError(ValueError)          a bad argument or setting
    ├── InputError(ValueError)           text the reasoner cannot take (empty, too long, ...)
    ├── ModelUnavailableError(OSError)   a model or data package is not installed
    ├── OntologyParseError               a knowledge file that cannot be read
    └── RuleSyntaxError                  a rule file that cannot be parsed

Every message says what was wrong and, where it can, what to do about it.
"""

from __future__ import annotations


class HybridNLIError(Exception):
    """Root of every error raised by hybrid_nli."""


class ConfigError(HybridNLIError, ValueError):
    """A constructor argument, per-call option or setting is invalid."""


class InputError(HybridNLIError, ValueError):
    """Input text that the reasoner refuses (empty, oversized, too many premises)."""


class ModelUnavailableError(HybridNLIError, OSError):
    """A model or data package the library needs is not installed."""


class OntologyParseError(HybridNLIError):
    """A knowledge file could not be parsed.

    Attributes:
        path: the file.
        line: the line number where known, else ``None``.
    """

    def __init__(self, message: str, *, path: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


class RuleSyntaxError(HybridNLIError):
    """A rule file could not be parsed.

    Attributes:
        path: the file; line and column are 1-based.
    """

    def __init__(self, message: str, *, path: str, line: int, column: int) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path = path
        self.line = line
        self.column = column
