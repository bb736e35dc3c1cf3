#[status_core::registry(registry)]
pub enum StatusCode {}

fn main() {}
