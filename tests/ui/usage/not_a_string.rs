#[status_macros::registry(registry)]
pub enum StatusCode {}

fn main() {}
