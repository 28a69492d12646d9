//! The benchmarks of vnparse live in `benches/` (`cargo bench -p vnparse-bench`); this library
//! is empty, there only because a package needs one target that is not a benchmark.
