//! The retry decision counted in instructions, which a shared machine does
//! not disturb as it does time: `decide` and the hand-written `match` of
//! `status_bench::decide_by_hand` over the inputs of the benchmark.
//!
//! ```sh
//! cargo build --release -p status-bench --example decisions
//! valgrind --tool=callgrind --callgrind-out-file=decisions.out target/release/examples/decisions
//! callgrind_annotate --inclusive=yes decisions.out | grep 'decisions::'
//! ```
//!
//! Each function's inclusive count divided by the decisions this prints is
//! its cost per decision.

use status_bench::{decide_by_hand, realistic_codes, retry_request, NOW};
use status_core::{Decision, StatusCode};
use std::hint::black_box;

const ROUNDS: usize = 100;

#[inline(never)]
fn with_status_core(statuses: &[StatusCode]) -> u32 {
    let mut later = 0;
    for (index, &status) in statuses.iter().enumerate() {
        let (method, retry_after) = retry_request(index);
        later += u32::from(status_core::decide(status, method, retry_after, NOW) != Decision::Stop);
    }
    later
}

#[inline(never)]
fn by_hand(statuses: &[http::StatusCode]) -> u32 {
    let mut later = 0;
    for (index, &status) in statuses.iter().enumerate() {
        let (method, retry_after) = retry_request(index);
        later += u32::from(decide_by_hand(status, method, retry_after) != Decision::Stop);
    }
    later
}

fn main() {
    let numbers = realistic_codes();
    let ours: Vec<StatusCode> = numbers
        .iter()
        .filter_map(|&n| StatusCode::from_u16(n))
        .collect();
    let theirs: Vec<http::StatusCode> = numbers
        .iter()
        .filter_map(|&n| http::StatusCode::from_u16(n).ok())
        .collect();
    let (mut ours_later, mut theirs_later) = (0, 0);
    for _ in 0..ROUNDS {
        ours_later += with_status_core(black_box(&ours));
        theirs_later += by_hand(black_box(&theirs));
    }
    println!(
        "{} decisions each; may retry: {ours_later} with status-core, {theirs_later} by hand",
        ours.len() * ROUNDS
    );
}
