// Names that would collide with what the macro generates.
#[status_core::registry("tests/ui/registry/generated_names.csv")]
pub enum StatusCode {}

fn main() {}
