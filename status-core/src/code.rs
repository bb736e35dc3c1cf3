//! Status codes as numbers and as text, shared by every registry.

use crate::error::ParseStatusErrorKind;
use crate::{InvalidStatusCode, ParseStatusError};

/// The lowest and highest numbers a status can have: three digits, the
/// first not zero (RFC 9110, Section 15).
pub const MIN: u16 = 100;
/// See [`MIN`].
pub const MAX: u16 = 999;
/// How many numbers there are from [`MIN`] to [`MAX`].
pub const COUNT: usize = (MAX - MIN + 1) as usize;

/// Every code from 100 to 999 as text, three bytes each.
const DIGITS: &[u8; 2700] = &{
    let mut digits = [0u8; 2700];
    let mut code = MIN;
    while code <= MAX {
        let at = (code - MIN) as usize * 3;
        digits[at] = b'0' + (code / 100) as u8;
        digits[at + 1] = b'0' + (code / 10 % 10) as u8;
        digits[at + 2] = b'0' + (code % 10) as u8;
        code += 1;
    }
    digits
};

/// `code` as three ASCII digits; `""` outside 100–999.
#[must_use]
#[inline]
pub const fn as_str(code: u16) -> &'static str {
    if code < MIN || code > MAX {
        return "";
    }
    let (_, rest) = DIGITS.split_at((code - MIN) as usize * 3);
    let (digits, _) = rest.split_at(3);
    match core::str::from_utf8(digits) {
        Ok(text) => text,
        Err(_) => "",
    }
}

/// Reads exactly three ASCII digits as a number from 0 to 999; whether it
/// is a status code is the caller's to say, with [`out_of_range`].
///
/// # Errors
///
/// The length, or the first byte that is not a digit.
#[inline]
pub const fn parse(bytes: &[u8]) -> Result<u16, ParseStatusError> {
    let [a, b, c] = match bytes {
        [a, b, c] => [*a, *b, *c],
        _ => return Err(ParseStatusError::new(bytes, ParseStatusErrorKind::Length)),
    };
    // Subtracting '0' wraps every other byte above 9: one comparison each.
    let (x, y, z) = (
        a.wrapping_sub(b'0'),
        b.wrapping_sub(b'0'),
        c.wrapping_sub(b'0'),
    );
    if (x > 9) | (y > 9) | (z > 9) {
        let index = if x > 9 {
            0
        } else if y > 9 {
            1
        } else {
            2
        };
        return Err(ParseStatusError::new(
            bytes,
            ParseStatusErrorKind::NotDigit { index },
        ));
    }
    Ok(x as u16 * 100 + y as u16 * 10 + z as u16)
}

/// The error for `bytes`, three digits that are no status code (below
/// 100, the number `code`).
#[must_use]
#[inline]
pub const fn out_of_range(bytes: &[u8], code: u16) -> ParseStatusError {
    ParseStatusError::new(
        bytes,
        ParseStatusErrorKind::OutOfRange(InvalidStatusCode::new(code)),
    )
}

/// A type's name as `stringify!` writes it, without the `r#` of a raw
/// identifier, as `Debug` shows names.
#[must_use]
#[inline]
pub fn unraw(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}

/// The error for a number outside 100–999.
#[must_use]
#[inline]
pub const fn invalid(code: u16) -> InvalidStatusCode {
    InvalidStatusCode::new(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_its_digits() {
        for code in MIN..=MAX {
            let text = as_str(code);
            assert_eq!(text.parse::<u16>(), Ok(code));
            assert_eq!(parse(text.as_bytes()), Ok(code));
        }
        assert_eq!(as_str(99), "");
        assert_eq!(as_str(1000), "");
    }

    #[test]
    fn parse_says_what_is_wrong() {
        let short = parse(b"40").unwrap_err();
        assert_eq!(
            (short.kind(), short.given()),
            (ParseStatusErrorKind::Length, &b"40"[..])
        );
        let letter = parse(b"4x4").unwrap_err();
        assert_eq!(letter.kind(), ParseStatusErrorKind::NotDigit { index: 1 });
        assert_eq!(letter.given(), b"4x4");
        assert_eq!(parse(b"099"), Ok(99));
        assert_eq!(parse(b"999"), Ok(999));
    }
}
