// The path is relative to the crate trybuild generates, where
// tests/compile_fail.rs copies the CSV files of the cases.
//
// The file ends inside a quoted field, with no final line ending.
#[status_core::registry("tests/ui/registry/open_quote_at_end.csv")]
pub enum StatusCode {}

fn main() {}
