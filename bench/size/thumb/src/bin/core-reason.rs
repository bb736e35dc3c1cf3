//! status-core: the reason phrase of a number.
#![no_std]
#![no_main]

use core::fmt::Write;
use status_size_thumb::Out;

#[no_mangle]
pub extern "C" fn _start() -> ! {
    let n = status_size_thumb::number();
    let reason = status_core::StatusCode::from_u16(n)
        .and_then(|status| status.reason())
        .unwrap_or("");
    let _ = write!(Out, "{n} {reason}");
    loop {}
}
