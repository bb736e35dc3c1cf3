// The path is relative to the crate trybuild generates, where
// tests/compile_fail.rs copies the CSV files of the cases.
//
// An identifier with a comment after it is not an identifier.
#[status_core::registry("tests/ui/registry/comment_in_identifier.csv")]
pub enum StatusCode {}

fn main() {}
