//! `http`: a number displayed as a status.
fn main() {
    let n = status_size::number();
    match http::StatusCode::from_u16(n) {
        Ok(status) => println!("{status}"),
        Err(_) => println!("{n}"),
    }
}
