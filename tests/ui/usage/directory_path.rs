#[status_core::registry("tests/ui")]
pub enum StatusCode {}

fn main() {}
