#[status_core::registry("tests/ui/usage/ok.csv")]
#[repr(u8)]
pub enum StatusCode {}

fn main() {}
