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
#[path = "../../status-macros/src/docs.rs"]
mod docs;
#[allow(dead_code, unused_imports)]
#[path = "../../status-macros/src/expand.rs"]
mod expand;
#[allow(dead_code, unused_imports)]
#[path = "../../status-macros/src/naming.rs"]
mod naming;
#[allow(dead_code, unused_imports)]
#[path = "../../status-macros/src/registry.rs"]
mod registry;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match registry::parse(bytes) {
        Ok(registry) => {
            let input: syn::DeriveInput = syn::parse_str("pub enum StatusCode {}").unwrap();
            let target = expand::Target {
                attrs: input.attrs,
                vis: input.vis,
                ident: input.ident,
            };
            let tokens = expand::expand(&target, &registry, "/registry.csv");
            if let Err(error) = syn::parse2::<syn::File>(tokens) {
                panic!("generated code does not parse: {error}");
            }
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            let lines = bytes.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
            for problem in problems {
                if let Some(line) = problem.line {
                    assert!((1..=lines).contains(&line), "line {line} of {lines}");
                }
            }
        }
    }
});
