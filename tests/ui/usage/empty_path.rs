#[status_core::registry("")]
pub enum StatusCode {}

fn main() {}
