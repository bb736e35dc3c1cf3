//! status-core: a number written as a status with `Display`.
#![no_std]
#![no_main]

use core::fmt::Write;
use status_size_thumb::Out;

#[no_mangle]
pub extern "C" fn _start() -> ! {
    let n = status_size_thumb::number();
    let _ = match status_core::StatusCode::from_u16(n) {
        Some(status) => write!(Out, "{status}"),
        None => write!(Out, "{n}"),
    };
    loop {}
}
