//! status-core: the reason phrase of a number.
fn main() {
    let n = status_size::number();
    let reason = status_core::StatusCode::from_u16(n)
        .and_then(|status| status.reason())
        .unwrap_or("");
    println!("{n} {reason}");
}
