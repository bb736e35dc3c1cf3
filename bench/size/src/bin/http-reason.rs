//! `http`: the reason phrase of a number.
fn main() {
    let n = status_size::number();
    let reason = http::StatusCode::from_u16(n)
        .ok()
        .and_then(|status| status.canonical_reason())
        .unwrap_or("");
    println!("{n} {reason}");
}
