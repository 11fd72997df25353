"""The logic: compiling logical forms to Z3, quantifier schemas, proving (imports Z3 only in
its submodules, so that this package is cheap to import)."""

# The default time limit per problem, in seconds. Measured over every suite (`python -m
# benchmarks.suites all --mode symbolic`), every problem the solver decides takes well under
# 0.3 s, while those it does not decide in 1 s did not in 10 s either (replayed with a 10 s limit):
# a longer limit buys only waiting.
DEFAULT_TIMEOUT_S = 1.0
