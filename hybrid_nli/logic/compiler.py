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
    """Compiles formulas of one problem; symbols are shared across its sentences."""

    def __init__(self) -> None:
        self.E = z3.DeclareSort("E")
        self.S = z3.DeclareSort("S")
        self._funcs: dict[tuple[str, int], z3.FuncDeclRef] = {}
        self._consts: dict[str, z3.ExprRef] = {}
        self._sets: dict[str, z3.FuncDeclRef] = {}
        self._gq: dict[str, z3.FuncDeclRef] = {}
        self._names: set[str] = set()

    def _symbol(self, raw: str) -> str:
        base = re.sub(r"[^A-Za-z0-9_]", "_", raw.replace(":", "_").replace("~", "__"))
        if base and base[0].isdigit():
            base = "_" + base
        return base

    def pred(self, name: str, arity: int) -> z3.FuncDeclRef:
        k = (name, arity)
        if k not in self._funcs:
            sym = self._symbol(name if arity == 1 else f"{name}{arity}" if ":" not in name else name)
            while sym in self._names:
                sym += "_"
            self._names.add(sym)
            self._funcs[k] = z3.Function(sym, *([self.E] * arity), z3.BoolSort())
        return self._funcs[k]

    def const(self, name: str) -> z3.ExprRef:
        if name not in self._consts:
            sym = "c_" + self._symbol(name)
            self._names.add(sym)
            self._consts[name] = z3.Const(sym, self.E)
        return self._consts[name]

    @property
    def constants(self) -> dict[str, z3.ExprRef]:
        return dict(self._consts)

    def gq_symbol(self, q: str, n: int | None) -> z3.FuncDeclRef:
        name = f"Q_{q}" + (f"_{n}" if n is not None else "")
        if name not in self._gq:
            self._gq[name] = z3.Function(name, self.S, self.S, z3.BoolSort())
        return self._gq[name]

    def set_term(self, var: Var, f: Formula, env: dict[str, z3.ExprRef]) -> z3.ExprRef:
        fv = free_vars(f, frozenset({var.name}))
        k = key(var, f)
        if k not in self._sets:
            self._sets[k] = z3.Function(f"S{len(self._sets)}", *([self.E] * len(fv)), self.S)
        fn = self._sets[k]
        return fn(*[env[v] for v in fv]) if fv else fn()

    def compile(self, f: Formula, env: dict[str, z3.ExprRef] | None = None) -> z3.BoolRef:
        env = env or {}

        def go(g: Formula, env: dict[str, z3.ExprRef]) -> z3.BoolRef:
            if isinstance(g, Atom):
                return self.pred(g.pred, len(g.args))(*[term_in(a, env) for a in g.args])
            if isinstance(g, Eq):
                return term_in(g.left, env) == term_in(g.right, env)
            if isinstance(g, Not):
                return z3.Not(go(g.body, env))
            if isinstance(g, And):
                return z3.And(*[go(p, env) for p in g.parts])
            if isinstance(g, Or):
                return z3.Or(*[go(p, env) for p in g.parts])
            if isinstance(g, Implies):
                return z3.Implies(go(g.left, env), go(g.right, env))
            if isinstance(g, (Exists, ForAll)):
                v = z3.Const(g.var.name, self.E)
                inner = go(g.body, {**env, g.var.name: v})
                return z3.Exists([v], inner) if isinstance(g, Exists) else z3.ForAll([v], inner)
            if isinstance(g, GQ):
                a = self.set_term(g.var, g.restrictor, env)
                b = self.set_term(g.var, g.scope, env)
                return self.gq_symbol(g.quantifier, g.number)(a, b)
            if isinstance(g, Top):
                return z3.BoolVal(True)
            if isinstance(g, Unsupported):
                raise TypeError(f"cannot compile an unsupported part: {g.reason}")
            raise TypeError(type(g))

        def term_in(t, env):  # type: ignore[no-untyped-def]
            if isinstance(t, Const):
                return self.const(t.name)
            if t.name not in env:
                raise ValueError(f"free variable {t.name} in a closed formula")
            return env[t.name]

        return go(f, env)
