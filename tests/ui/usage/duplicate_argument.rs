#[status_core::registry("tests/ui/usage/ok.csv", vendor = Sources, vendor = Origins)]
pub enum StatusCode {}

fn main() {}
