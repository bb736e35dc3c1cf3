// The path is relative to the manifest of the crate trybuild generates,
// target/tests/trybuild/status-suite, hence the climb to the repository root.
// That crate declares the same features as status-suite, which has no `acme`.
#[status_core::registry("../../../../tests/ui/registry/undeclared_vendor.csv")]
pub enum StatusCode {}

fn main() {}
