#[status_core::registry("tests/ui/usage/ok.csv")]
pub enum StatusCode {
    Ok,
}

fn main() {}
