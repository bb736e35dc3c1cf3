#[status_core::registry("tests/ui/usage/ok.csv", vendor = StatusCode)]
pub enum StatusCode {}

fn main() {}
