// The path is relative to the crate trybuild generates, where
// tests/compile_fail.rs copies the CSV files of the cases.
// That crate declares the same features as status-suite, which has no `acme`.
#[status_core::registry("tests/ui/registry/undeclared_vendor.csv")]
pub enum StatusCode {}

fn main() {}
