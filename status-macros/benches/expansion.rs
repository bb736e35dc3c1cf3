//! Expansion cost of the generator, without rustc: reading, checking and
//! emitting tokens for registries of growing size.
//!
//! `cargo bench -p status-macros --bench expansion` prints the time per row
//! for 100, 900 and 3,600 synthetic rows (the standard plus vendors over
//! 100–599) and for the project's own registry.csv. Time per row should stay
//! flat as the registry grows: the generator is linear.

// A proc-macro crate exports only macros, so the bench compiles the
// generator's modules itself.
#[allow(dead_code, unused_imports)]
#[path = "../src/generator/mod.rs"]
mod generator;
#[allow(clippy::wildcard_imports)]
use generator::*;

use std::hint::black_box;
use std::time::{Duration, Instant};

/// `rows` rows over eight owners (the standard and vendors `v1` to `v7`) in
/// turn, so that every size has the same mix of standard and vendor rows
/// and time per row compares across sizes. Up to 4,000 rows.
fn synthetic_registry(rows: usize) -> String {
    let mut csv = String::from("Value,Description,Reference,Vendor,Summary\n");
    for index in 0..rows {
        let owner = index % 8;
        let code = 100 + (index / 8) % 500;
        let vendor = if owner == 0 {
            String::new()
        } else {
            format!("v{owner}")
        };
        let name = if owner == 0 { "iana" } else { &vendor };
        csv.push_str(&format!(
            "{code},Status {code} of {name},\"[RFC9110, Section 15.{owner}.{code}]\",{vendor},\"Row {index}, a summary.\"\n"
        ));
    }
    csv
}

/// The fastest of a few runs of the full generator (parse, check, expand),
/// and of the parse-and-check part alone.
fn time(csv: &[u8]) -> (Duration, Duration) {
    let mut best = Duration::MAX;
    let mut best_parse = Duration::MAX;
    for _ in 0..7 {
        let start = Instant::now();
        let registry = pipeline::registry(black_box(csv), None).expect("the registry is valid");
        best_parse = best_parse.min(start.elapsed());
        black_box(registry);
        let start = Instant::now();
        let expanded = pipeline::expand_bytes(black_box(csv)).expect("the registry is valid");
        best = best.min(start.elapsed());
        black_box(expanded);
    }
    (best, best_parse)
}

/// `EXPANSION_ROWS=N` expands one synthetic registry of N rows, once: a
/// run short enough for `valgrind --tool=callgrind`, whose instruction
/// counts do not depend on the machine's load.
fn single_run(rows: &str) {
    let rows: usize = rows.parse().expect("EXPANSION_ROWS is a number");
    let csv = synthetic_registry(rows);
    black_box(pipeline::expand_bytes(csv.as_bytes()).expect("the registry is valid"));
}

/// `EXPANSION_PRINT=FILE` prints the expansion of the registry FILE, for
/// `rustfmt` and `wc -l`: the size of what rustc compiles per registry.
fn print(path: &str) {
    let csv = std::fs::read(path).expect("EXPANSION_PRINT names a readable file");
    let tokens = pipeline::expand_bytes(&csv).expect("the registry is valid");
    println!("{tokens}");
}

fn main() {
    if let Ok(rows) = std::env::var("EXPANSION_ROWS") {
        return single_run(&rows);
    }
    if let Ok(path) = std::env::var("EXPANSION_PRINT") {
        return print(&path);
    }
    println!(
        "{:>14} {:>6} {:>10} {:>10} {:>14}",
        "registry", "rows", "total", "per row", "parse+check"
    );
    let mut per_row = Vec::new();
    for rows in [100, 900, 3600] {
        let (elapsed, parse) = time(synthetic_registry(rows).as_bytes());
        let each = elapsed / rows as u32;
        per_row.push(each);
        println!(
            "{:>14} {rows:>6} {elapsed:>10.2?} {each:>10.2?} {parse:>14.2?}",
            "synthetic"
        );
    }
    let own = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../registry.csv"))
        .expect("registry.csv next to the workspace");
    let rows = pipeline::registry(&own, None)
        .map(|r| r.entries.len())
        .unwrap_or(0);
    let (elapsed, parse) = time(&own);
    let each = elapsed / rows.max(1) as u32;
    println!(
        "{:>14} {rows:>6} {elapsed:>10.2?} {each:>10.2?} {parse:>14.2?}",
        "registry.csv"
    );
    let growth = per_row[2].as_secs_f64() / per_row[0].as_secs_f64();
    println!("\nper-row time, 3,600 rows vs 100 rows: {growth:.2}x (1.0 is perfectly linear)");
}
