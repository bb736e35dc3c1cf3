// The path is relative to the crate trybuild generates, where
// tests/compile_fail.rs copies the CSV files of the cases.
//
// 561 may share 401's name, which means 401 in every build; two vendors
// may not share one, since `from_name` would then depend on features.
#[status_core::registry("tests/ui/registry/shared_name.csv")]
pub enum StatusCode {}

fn main() {}
