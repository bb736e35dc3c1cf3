//! Fuzzes the generator: any bytes must give tokens that parse as Rust, or
//! problems located on real lines; never a panic.
//!
//! ```text
//! cargo fuzz run registry -- -max_total_time=60
//! ```
#![no_main]

// A proc-macro crate exports only macros, so the target compiles the
// generator's modules itself.
#[allow(dead_code, unused_imports)]
#[path = "../../status-macros/src/generator/mod.rs"]
mod generator;
#[allow(clippy::wildcard_imports)]
use generator::*;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match pipeline::expand_bytes(bytes) {
        Ok(tokens) => {
            if let Err(error) = syn::parse2::<syn::File>(tokens) {
                panic!("generated code does not parse: {error}");
            }
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            // Lines end at \n, \r\n or a lone \r.
            let text = String::from_utf8_lossy(bytes);
            let lines = text.replace("\r\n", "\n").replace('\r', "\n").matches('\n').count() as u64 + 1;
            for problem in problems {
                if let Some(line) = problem.line {
                    assert!((1..=lines).contains(&line), "line {line} of {lines}");
                }
            }
        }
    }
});
