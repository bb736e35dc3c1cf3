// Several vendor rows for one code need one marked `Preferred`; a standard
// row is always preferred.
#[status_core::registry("tests/ui/registry/no_preferred.csv")]
pub enum StatusCode {}

fn main() {}
