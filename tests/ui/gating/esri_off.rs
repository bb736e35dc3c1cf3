// Without the `esri` feature the variant does not exist.
fn main() {
    let _ = status_core::StatusCode::TokenRequired;
}
