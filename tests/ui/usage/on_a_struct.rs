#[status_core::registry("tests/ui/usage/ok.csv")]
pub struct StatusCode;

fn main() {}
