"""The logic: compiling logical forms to Z3, quantifier schemas, proving (imports Z3 only in
its submodules, so that this package is cheap to import)."""

# The default time limit per problem, in seconds. Measured over every suite (`python -m
# benchmarks.suites all --mode symbolic`, which reports the slowest decided pair), the median
# problem takes a few milliseconds and the slowest proof 0.22 s (finding countermodels took up
# to 0.95 s); the solver calls that did not finish within the former 2 s limit did not finish
# within 10 s either (replayed): a longer limit mostly buys waiting.
DEFAULT_TIMEOUT_S = 1.0
