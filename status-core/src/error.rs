//! The errors of conversions into a status: each keeps what was given.

use core::fmt;

/// A number outside 100–999, which no HTTP status can have.
///
/// Every number from 100 to 999 converts to a status, registered or not, so
/// this is the only way a conversion from a number fails.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct InvalidStatusCode {
    code: u16,
}

impl InvalidStatusCode {
    #[inline]
    pub(crate) const fn new(code: u16) -> Self {
        Self { code }
    }

    /// The number that was given.
    #[inline]
    #[must_use]
    pub const fn code(self) -> u16 {
        self.code
    }
}

impl fmt::Display for InvalidStatusCode {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid status code {}: a status code lies between 100 and 999",
            self.code
        )
    }
}

impl core::error::Error for InvalidStatusCode {}

/// Why text could not be parsed as a status.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum ParseStatusError {
    /// The input was not three bytes long; holds its length.
    Length(usize),
    /// A byte was not an ASCII digit.
    NotDigit {
        /// Where the byte is in the input.
        index: usize,
        /// The byte found.
        byte: u8,
    },
    /// Three digits, but a number below 100.
    OutOfRange(InvalidStatusCode),
}

impl fmt::Display for ParseStatusError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Length(length) => write!(
                f,
                "a status code is exactly three ASCII digits, got {length} bytes"
            ),
            Self::NotDigit { index, byte } => write!(
                f,
                "a status code is exactly three ASCII digits, got byte '{}' at index {index}",
                core::ascii::escape_default(*byte),
            ),
            Self::OutOfRange(invalid) => fmt::Display::fmt(invalid, f),
        }
    }
}

impl core::error::Error for ParseStatusError {
    #[inline]
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            Self::OutOfRange(invalid) => Some(invalid),
            _ => None,
        }
    }
}
