//! Shared by the bare-metal size programs: a number read from a memory
//! address, so that no lookup is folded away at compile time, and text
//! written byte by byte to another, as to a UART.
#![no_std]

use core::panic::PanicInfo;

/// The number to look up, read from RAM.
#[must_use]
pub fn number() -> u16 {
    // SAFETY: never run; the program is only linked and measured.
    unsafe { core::ptr::read_volatile(0x2000_0000 as *const u16) }
}

/// Writes `text` to the output register.
fn write(text: &str) {
    for byte in text.bytes() {
        // SAFETY: as in `number`.
        unsafe { core::ptr::write_volatile(0x4000_0000 as *mut u8, byte) }
    }
}

/// The output register, as a `core::fmt::Write`.
pub struct Out;

impl core::fmt::Write for Out {
    fn write_str(&mut self, text: &str) -> core::fmt::Result {
        write(text);
        Ok(())
    }
}

#[panic_handler]
fn panic(_: &PanicInfo) -> ! {
    loop {}
}
