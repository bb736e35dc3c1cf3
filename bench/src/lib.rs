//! Benchmarks only: see `benches/vs_http.rs` and BENCHMARKS.md.
