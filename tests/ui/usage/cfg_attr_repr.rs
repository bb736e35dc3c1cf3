// A `repr` or a derive the macro provides is refused inside a `cfg_attr`
// too: rustc applies the `cfg_attr` before the macro sees the enum.
#[status_core::registry("tests/ui/usage/ok.csv")]
#[cfg_attr(all(), derive(Clone), repr(u8))]
pub enum StatusCode {}

fn main() {}
