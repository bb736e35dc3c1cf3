#[status_core::registry("tests/ui/usage/ok.csv", colour = red)]
pub enum StatusCode {}

fn main() {}
