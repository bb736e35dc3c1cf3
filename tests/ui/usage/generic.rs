#[status_core::registry("tests/ui/usage/ok.csv")]
pub enum StatusCode<T> {}

fn main() {
    // The enum is emitted without its parameter: no E0392, no other error.
    let _ = StatusCode::from_u16(200);
}
