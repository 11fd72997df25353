"""Logical forms -> Z3 terms.

One uninterpreted sort ``E`` for individuals and events, one sort ``S`` for the properties that
generalized quantifiers relate. A ``GQ`` node compiles to ``Q(S_a(fv), S_b(fv))`` where ``S_a`` is
a function symbol standing for the property (one per canonical key, applied to the property's
free variables); what ``Q`` means comes only from the schema instances in ``logic.schemas``.
"""

from __future__ import annotations

import re

import z3

from hybrid_nli.parse.logical_form import (
    GQ,
    And,
    Atom,
    Const,
    Eq,
    Exists,
    ForAll,
    Formula,
    Implies,
    Not,
    Or,
    Top,
    Unsupported,
    Var,
    free_vars,
    key,
)


class Compiler:
    """Compiles formulas of one problem; symbols are shared across its sentences.

    Formulas are written as SMT-LIB 2 text and parsed by Z3 in one call per batch
    (``compile_many``): building terms through the Python API costs more than solving these
    small problems, and one parse of a script is a single call into Z3.
    """

    def __init__(self, ctx: z3.Context | None = None) -> None:
        self.ctx = ctx
        self.E = z3.DeclareSort("E", ctx)
        self.S = z3.DeclareSort("S", ctx)
        self._funcs: dict[tuple[str, int], str] = {}
        self._consts: dict[str, str] = {}
        self._sets: dict[str, tuple[str, int]] = {}
        self._gq: set[str] = set()
        self._names: set[str] = set()
        self._decls: list[str] = []

    def _symbol(self, raw: str) -> str:
        base = re.sub(r"[^A-Za-z0-9_]", "_", raw.replace(":", "_").replace("~", "__"))
        if base and base[0].isdigit():
            base = "_" + base
        return base

    def pred(self, name: str, arity: int) -> str:
        k = (name, arity)
        if k not in self._funcs:
            sym = self._symbol(name if arity == 1 else f"{name}{arity}" if ":" not in name else name)
            while sym in self._names:
                sym += "_"
            self._names.add(sym)
            self._funcs[k] = sym
            self._decls.append(f"(declare-fun {sym} ({' '.join(['E'] * arity)}) Bool)")
        return self._funcs[k]

    def _const_sym(self, name: str) -> str:
        if name not in self._consts:
            sym = "c_" + self._symbol(name)
            while sym in self._names:
                sym += "_"
            self._names.add(sym)
            self._consts[name] = sym
            self._decls.append(f"(declare-fun {sym} () E)")
        return self._consts[name]

    def const(self, name: str) -> z3.ExprRef:
        return z3.Const(self._const_sym(name), self.E)

    def _gq_sym(self, q: str, n: int | None) -> str:
        name = f"Q_{q}" + (f"_{n}" if n is not None else "")
        if name not in self._gq:
            self._gq.add(name)
            self._decls.append(f"(declare-fun {name} (S S) Bool)")
        return name

    def _set_term(self, var: Var, f: Formula, env: dict[str, str]) -> str:
        fv = free_vars(f, frozenset({var.name}))
        k = key(var, f)
        if k not in self._sets:
            name = f"S{len(self._sets)}"
            self._sets[k] = (name, len(fv))
            self._decls.append(f"(declare-fun {name} ({' '.join(['E'] * len(fv))}) S)")
        name, _ = self._sets[k]
        return f"({name} {' '.join(env[v] for v in fv)})" if fv else name

    def to_smt(self, f: Formula, env: dict[str, str] | None = None) -> str:
        """The SMT-LIB 2 term of a closed formula (declaring the symbols it needs)."""

        def term(t) -> str:  # type: ignore[no-untyped-def]
            if isinstance(t, Const):
                return self._const_sym(t.name)
            if t.name not in env_stack[-1]:
                raise ValueError(f"free variable {t.name} in a closed formula")
            return env_stack[-1][t.name]

        def nary(op: str, parts: list[str], empty: str) -> str:
            if not parts:
                return empty
            return parts[0] if len(parts) == 1 else f"({op} {' '.join(parts)})"

        env_stack = [dict(env or {})]

        def go(g: Formula) -> str:
            if isinstance(g, Atom):
                sym = self.pred(g.pred, len(g.args))
                return f"({sym} {' '.join(term(a) for a in g.args)})" if g.args else sym
            if isinstance(g, Eq):
                return f"(= {term(g.left)} {term(g.right)})"
            if isinstance(g, Not):
                return f"(not {go(g.body)})"
            if isinstance(g, And):
                return nary("and", [go(p) for p in g.parts], "true")
            if isinstance(g, Or):
                return nary("or", [go(p) for p in g.parts], "false")
            if isinstance(g, Implies):
                return f"(=> {go(g.left)} {go(g.right)})"
            if isinstance(g, (Exists, ForAll)):
                # Bound variables get names no declared symbol has (declared ones never start
                # with "?").
                v = f"?{g.var.name}"
                env_stack.append({**env_stack[-1], g.var.name: v})
                inner = go(g.body)
                env_stack.pop()
                return f"({'exists' if isinstance(g, Exists) else 'forall'} (({v} E)) {inner})"
            if isinstance(g, GQ):
                a = self._set_term(g.var, g.restrictor, env_stack[-1])
                b = self._set_term(g.var, g.scope, env_stack[-1])
                return f"({self._gq_sym(g.quantifier, g.number)} {a} {b})"
            if isinstance(g, Top):
                return "true"
            if isinstance(g, Unsupported):
                raise TypeError(f"cannot compile an unsupported part: {g.reason}")
            raise TypeError(type(g))

        return go(f)

    def compile_many(self, formulas: list[Formula]) -> list[z3.BoolRef]:
        """Z3 terms of closed formulas, parsed in one call."""
        if not formulas:
            return []
        bodies = [self.to_smt(f) for f in formulas]
        script = "(declare-sort E 0)(declare-sort S 0)" + "".join(self._decls) + "".join(
            f"(assert {b})" for b in bodies)
        out = list(z3.parse_smt2_string(script, ctx=self.ctx))
        if len(out) != len(bodies):  # pragma: no cover - Z3 keeps one assertion per (assert)
            raise RuntimeError("Z3 returned a different number of assertions than were written")
        return out

    def compile(self, f: Formula) -> z3.BoolRef:
        return self.compile_many([f])[0]
