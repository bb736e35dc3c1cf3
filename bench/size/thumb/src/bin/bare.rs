//! The baseline: reads a number and writes it, with no status library.
#![no_std]
#![no_main]

use core::fmt::Write;
use status_size_thumb::Out;

#[no_mangle]
pub extern "C" fn _start() -> ! {
    let n = status_size_thumb::number();
    let _ = write!(Out, "{n} {}", core::hint::black_box(""));
    loop {}
}
