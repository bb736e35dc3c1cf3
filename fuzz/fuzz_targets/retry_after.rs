//! Fuzzes the reading of `Retry-After` and the decision built on it: any
//! bytes, any clock, any status and method give an answer, never a panic,
//! and the answer keeps to the status's policy.
//!
//! ```text
//! cargo fuzz run retry_after -- -max_total_time=60
//! ```
#![no_main]

use libfuzzer_sys::fuzz_target;
use status_core::{decide, Decision, Retry, RetryAfter, StatusCode};

fuzz_target!(|input: (u16, u64, bool, &[u8])| {
    let (code, now, post, value) = input;
    if let Some(parsed) = RetryAfter::parse(value, now) {
        let _ = parsed.delay(now);
    }
    let Some(status) = StatusCode::from_u16(code % 900 + 100) else {
        return;
    };
    let method = if post { "POST" } else { "GET" };
    let decision = decide(status, method, Some(value), now);
    if decision != Decision::Stop && !status.retry().allows(method) {
        // Only a status that suggests a Retry-After may be repeated beyond
        // its policy, and only with a valid one.
        assert_eq!(status.retry(), Retry::Never);
        assert!(status.suggested_headers().contains(&"retry-after"));
        assert!(RetryAfter::parse(value, now).is_some());
    }
});
