// Without the `qualys` feature the variant does not exist.
fn main() {
    let _ = status_core::StatusCode::ServiceOverloaded;
}
