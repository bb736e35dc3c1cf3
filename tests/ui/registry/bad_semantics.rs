// The semantics columns take `yes` or `no`, and header names in lower case.
#[status_core::registry("tests/ui/registry/bad_semantics.csv")]
pub enum StatusCode {}

fn main() {}
