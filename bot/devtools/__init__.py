"""Development doubles shipped with the package for tests and benchmarks (`bench-slack`); never used when serving."""
