//! status-core: a number displayed as a status.
fn main() {
    let n = status_size::number();
    match status_core::StatusCode::from_u16(n) {
        Some(status) => println!("{status}"),
        None => println!("{n}"),
    }
}
