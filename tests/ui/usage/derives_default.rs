#[status_core::registry("tests/ui/usage/ok.csv")]
#[derive(Default)]
pub enum StatusCode {}

fn main() {
    // The enum and its API are still there: no error follows from here.
    let _ = StatusCode::from_u16(200);
}
