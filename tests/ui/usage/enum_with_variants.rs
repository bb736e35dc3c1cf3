#[status_macros::registry("../../../../tests/ui/usage/ok.csv")]
pub enum StatusCode {
    Ok,
}

fn main() {}
