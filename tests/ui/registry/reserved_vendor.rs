// The path is relative to the manifest of the crate trybuild generates,
// target/tests/trybuild/status-suite, hence the climb to the repository root.
#[status_core::registry("../../../../tests/ui/registry/reserved_vendor.csv")]
pub enum StatusCode {}

fn main() {}
