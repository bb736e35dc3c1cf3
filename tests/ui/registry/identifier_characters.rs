// The path is relative to the crate trybuild generates, where
// tests/compile_fail.rs copies the CSV files of the cases.
//
// Characters that rustc's lexer would reject on its own (a no-break
// space) or read as more than one token (a space before `1e`, a number
// with an empty exponent) are the registry's error, at their line, and
// the only one.
#[status_core::registry("tests/ui/registry/identifier_characters.csv")]
pub enum StatusCode {}

fn main() {}
