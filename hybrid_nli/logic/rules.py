"""The rule language of ``rules/*.rules`` files: parsed here, never executed as code.

One rule per line (a line ending in ``\\`` continues on the next); ``#`` starts a comment::

    # name (optional)  left side          arrow  right side
    sell_buy: sell(agent: X, theme: Y, to: Z) -> buy(agent: Z, theme: Y, from: X)
    noun:bachelor(X) -> noun:man(X), not adj:married(X)
    adj:alive(X) <-> not adj:dead(X)
    noun:penguin(X) -> not verb:fly(agent: X)

An atom is ``[pos:]word(arguments)``. ``pos`` is ``noun``/``n``, ``verb``/``v``, ``adj``/``a``
or ``adv``/``r``; without it, an atom with one plain argument is a noun and any other is a verb.
Nouns and adjectives take one argument; verbs take arguments named by role: ``agent``,
``theme``, ``recipient`` or a preposition (``to``, ``from``, ``in``, ...), and unnamed ones are
agent, theme, recipient in that order. A verb atom stands for an event of that verb with those
participants, exactly as the parser reads "Smith sold a car to Jones" (for a verb of giving,
``to`` is the recipient: "sold Jones a car" reads alike). Words are lemmas, lower
case, several words joined by ``_``; a relative adjective is written with its noun
(``adj:small@elephant``), as the parser names it. Variables start with an upper-case letter;
other terms are names of individuals (``smith``, or quoted: ``"New York"``).

Variables of the left side are universal; those only on the right are existential. ``->`` is
implication, ``<->`` equivalence (both sides must use the same variables). ``not`` negates one
atom. A rule compiles to one closed first-order formula, used by Z3 like any other axiom.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from hybrid_nli.errors import RuleSyntaxError
from hybrid_nli.knowledge.axioms import Axiom
from hybrid_nli.parse.builder import GIVING_VERBS  # one list: the parser reads "to" on these as the recipient
from hybrid_nli.parse.logical_form import (
    Atom,
    Const,
    Exists,
    ForAll,
    Formula,
    Implies,
    Not,
    Term,
    Var,
    conj,
    render,
)

POS = {"noun": "n", "n": "n", "verb": "v", "v": "v", "adj": "a", "a": "a", "adv": "r", "r": "r"}
ROLES = {"agent", "theme", "recipient"}
PREPOSITIONS = {
    "about", "above", "across", "after", "against", "along", "among", "around", "at", "before", "behind",
    "below", "beneath", "beside", "between", "beyond", "by", "during", "for", "from", "in", "inside", "into",
    "near", "of", "off", "on", "onto", "out", "outside", "over", "past", "through", "to", "toward", "towards",
    "under", "until", "up", "upon", "with", "within", "without",
}
MAX_RULE_FILE_BYTES = 5_000_000

_TOKEN = re.compile(
    r"""\s*(?:
    (?P<arrow><->|->)
  | (?P<punct>[(),:])
  | (?P<quoted>"[^"\n]*")
  | (?P<word>[A-Za-z_][A-Za-z0-9_@'-]*)
  | (?P<bad>\S)
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class RuleAtom:
    pos: str  # n / v / a / r
    word: str
    args: tuple[tuple[str, str], ...]  # (role, term); role "" for nouns/adjectives
    negated: bool


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    left: tuple[RuleAtom, ...]
    right: tuple[RuleAtom, ...]
    equivalence: bool
    path: str
    line: int
    text: str


class _Tokens:
    def __init__(self, text: str, path: str, line: int) -> None:
        self.items: list[tuple[str, str, int]] = []  # (kind, value, column)
        pos = 0
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if m is None or m.end() == pos:
                break
            kind = m.lastgroup or "bad"
            value = m.group(kind)
            col = m.start(kind) + 1
            if kind == "bad":
                raise RuleSyntaxError(f"unexpected character {value!r}", path=path, line=line, column=col)
            self.items.append((kind, value, col))
            pos = m.end()
        self.i = 0
        self.path, self.line, self.end_col = path, line, len(text) + 1

    def peek(self, offset: int = 0) -> tuple[str, str, int] | None:
        j = self.i + offset
        return self.items[j] if j < len(self.items) else None

    def take(self, kind: str | None = None, value: str | None = None, what: str = "") -> tuple[str, str, int]:
        tok = self.peek()
        if tok is None:
            raise self.error(f"expected {what or value or kind}, found the end of the rule", self.end_col)
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise self.error(f"expected {what or value or kind}, found {tok[1]!r}", tok[2])
        self.i += 1
        return tok

    def error(self, message: str, column: int) -> RuleSyntaxError:
        return RuleSyntaxError(message, path=self.path, line=self.line, column=column)


def _atom(tokens: _Tokens) -> RuleAtom:
    negated = False
    tok = tokens.peek()
    if tok is not None and tok[0] == "word" and tok[1] == "not":
        tokens.take()
        negated = True
    _, word, col = tokens.take("word", what="a predicate")
    pos = ""
    nxt = tokens.peek()
    if nxt is not None and nxt[1] == ":" and word.lower() in POS:
        tokens.take()
        pos = POS[word.lower()]
        _, word, col = tokens.take("word", what="a predicate word")
    if not re.fullmatch(r"[a-z][a-z0-9_]*(@[a-z][a-z0-9_]*)?", word):
        raise tokens.error(f"predicate {word!r} must be a lower-case lemma (words joined by '_')", col)
    tokens.take("punct", "(")
    args: list[tuple[str, str, int]] = []
    while True:
        role = ""
        t1, t2 = tokens.peek(), tokens.peek(1)
        if t1 is not None and t1[0] == "word" and t2 is not None and t2[1] == ":":
            role = t1[1].lower()
            if role not in ROLES and role not in PREPOSITIONS:
                raise tokens.error(f"unknown role {t1[1]!r}: use agent, theme, recipient or a preposition", t1[2])
            tokens.take()
            tokens.take()
        tok = tokens.peek()
        if tok is None or tok[0] not in ("word", "quoted"):
            raise tokens.error("expected a variable or a name", tok[2] if tok else tokens.end_col)
        tokens.take()
        args.append((role, tok[1], tok[2]))
        if tokens.peek() is not None and tokens.peek()[1] == ",":  # type: ignore[index]
            tokens.take()
            continue
        tokens.take("punct", ")", what="',' or ')'")
        break
    if not pos:
        pos = "n" if len(args) == 1 and not args[0][0] else "v"
    if pos in ("n", "a", "r") and (len(args) != 1 or args[0][0]):
        raise tokens.error(f"{word!r} is a {'noun' if pos == 'n' else 'modifier'}: it takes one unnamed argument", col)
    if pos == "v":
        named: list[tuple[str, str]] = []
        order = ["agent", "theme", "recipient"]
        for role, term, c in args:
            if not role:
                if not order:
                    raise tokens.error("more than three unnamed arguments", c)
                role = order.pop(0)
            elif role in order:
                order.remove(role)
            if role == "to" and word.lower() in GIVING_VERBS:
                # the parser reads "sold a car to Jones" and "sold Jones a car" alike: Jones is
                # the recipient of a verb of giving
                role = "recipient"
                if role in order:
                    order.remove(role)
            if any(r == role for r, _ in named):
                raise tokens.error(f"role {role!r} given twice", c)
            named.append((role, term))
        return RuleAtom(pos, word, tuple(named), negated)
    return RuleAtom(pos, word, (("", args[0][1]),), negated)


def _side(tokens: _Tokens) -> tuple[RuleAtom, ...]:
    atoms = [_atom(tokens)]
    while tokens.peek() is not None and tokens.peek()[1] == ",":  # type: ignore[index]
        tokens.take()
        atoms.append(_atom(tokens))
    return tuple(atoms)


def parse_rule(text: str, *, path: str = "<string>", line: int = 1) -> Rule:
    tokens = _Tokens(text, path, line)
    name = ""
    body = text
    t1, t2 = tokens.peek(), tokens.peek(1)
    if t1 is not None and t2 is not None and t1[0] == "word" and t2[1] == ":" and t1[1].lower() not in POS:
        name = t1[1]
        tokens.take()
        tokens.take()
        body = text[t2[2]:]
    left = _side(tokens)
    _, arrow, _ = tokens.take("arrow", what="'->' or '<->'")
    right = _side(tokens)
    rest = tokens.peek()
    if rest is not None:
        raise tokens.error(f"unexpected {rest[1]!r} after the rule", rest[2])
    rule = Rule(name, left, right, arrow == "<->", path, line, " ".join(body.split()))
    lv, rv = _variables(left), _variables(right)
    if rule.equivalence and lv != rv:
        raise tokens.error("both sides of '<->' must use the same variables", 1)
    return rule


def parse_rules(text: str, path: str) -> list[Rule]:
    """All rules of one file; the first syntax error raises ``RuleSyntaxError``."""
    rules = []
    pending, start = "", 0
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0] if '"' not in raw else _strip_comment(raw)
        if not pending:
            start = lineno
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        full = pending + line
        pending = ""
        if full.strip():
            rules.append(parse_rule(full, path=path, line=start))
    if pending.strip():
        rules.append(parse_rule(pending, path=path, line=start))
    return rules


def load_rule_file(path: Path) -> list[Rule]:
    if path.stat().st_size > MAX_RULE_FILE_BYTES:
        raise RuleSyntaxError(f"file is larger than {MAX_RULE_FILE_BYTES:,} bytes", path=str(path), line=1, column=1)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RuleSyntaxError(f"not UTF-8 text ({exc.reason})", path=str(path), line=1, column=1) from exc
    return parse_rules(text, str(path))


def _strip_comment(raw: str) -> str:
    inside = False
    for i, ch in enumerate(raw):
        if ch == '"':
            inside = not inside
        elif ch == "#" and not inside:
            return raw[:i]
    return raw


def _is_var(term: str) -> bool:
    return term[:1].isupper() and not term.startswith('"')


def _variables(atoms: tuple[RuleAtom, ...]) -> set[str]:
    return {t for a in atoms for _, t in a.args if _is_var(t)}


def _term(term: str) -> Term:
    if _is_var(term):
        return Var(f"R_{term}")
    name = term.strip('"')
    return Const(re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "x")


def _pred(a: RuleAtom) -> str:
    return f"{a.pos}:{a.word}"


def _literal(a: RuleAtom, events: list[Var], prefix: str) -> Formula:
    if a.pos == "v":
        e = Var(f"{prefix}{len(events) + 1}")
        events.append(e)
        parts: list[Formula] = [Atom(_pred(a), (e,))]
        for role, term in a.args:
            rel = role if role in ROLES else f"p:{role}"
            parts.append(Atom(rel, (e, _term(term))))
        body: Formula = conj(*parts)
        # A verb atom on its own is "there is such an event"; the caller binds ``e``.
    else:
        body = Atom(_pred(a), (_term(a.args[0][1]),))
    return body


def _side_formula(atoms: tuple[RuleAtom, ...], prefix: str) -> tuple[Formula, list[Var]]:
    """The conjunction of a side, and the event variables it introduces. A negated verb atom is
    "no such event": its event is bound right there."""
    parts: list[Formula] = []
    events: list[Var] = []
    for i, a in enumerate(atoms):
        own: list[Var] = []
        lit = _literal(a, own, f"{prefix}{i}_")
        if a.negated:
            for e in own:
                lit = Exists(e, lit)
            parts.append(Not(lit))
        else:
            events.extend(own)
            parts.append(lit)
    return conj(*parts), events


def _implication(left: tuple[RuleAtom, ...], right: tuple[RuleAtom, ...]) -> Formula:
    lf, levents = _side_formula(left, "E")
    rf, revents = _side_formula(right, "F")
    lvars = sorted(_variables(left))
    rvars = sorted(_variables(right) - _variables(left))
    for e in reversed(revents):
        rf = Exists(e, rf)
    for v in reversed(rvars):
        rf = Exists(Var(f"R_{v}"), rf)
    f: Formula = Implies(lf, rf)
    for e in reversed(levents):
        f = ForAll(e, f)
    for v in reversed(lvars):
        f = ForAll(Var(f"R_{v}"), f)
    return f


def rule_axioms(rule: Rule) -> list[Axiom]:
    """The axiom(s) a rule compiles to (two for an equivalence)."""
    source = f"{rule.path}:{rule.line}"
    label = f"{rule.name}: " if rule.name else ""
    pairs = [(rule.left, rule.right)] + ([(rule.right, rule.left)] if rule.equivalence else [])
    out = []
    for left, right in pairs:
        f = _implication(left, right)
        requires = frozenset(_pred(a) for a in left if not a.negated) or frozenset(_pred(a) for a in left)
        provides = frozenset(_pred(a) for a in right)
        consts = frozenset(f"const:{_term(t).name}" for a in left for _, t in a.args if not _is_var(t))
        out.append(Axiom(lambda f=f: f, requires | consts, provides, "rule", source, f"{label}{rule.text}"))
    return out


def describe(rule: Rule) -> str:
    """The compiled formula(s) of a rule, readable (for docs and debugging)."""
    return " ; ".join(render(ax.formula) for ax in rule_axioms(rule))


