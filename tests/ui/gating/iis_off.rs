// Without the `iis` feature the variant does not exist.
fn main() {
    let _ = status_core::StatusCode::LoginTimeout;
}
