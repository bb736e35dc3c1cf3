#[status_core::registry("tests/ui/usage/ok.csv")]
#[derive(Debug)]
pub enum StatusCode {}

fn main() {}
