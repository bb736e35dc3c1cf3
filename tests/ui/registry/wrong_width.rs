// The path is relative to the crate trybuild generates, where
// tests/compile_fail.rs copies the CSV files of the cases.
#[status_core::registry("tests/ui/registry/wrong_width.csv")]
pub enum StatusCode {}

fn main() {}
