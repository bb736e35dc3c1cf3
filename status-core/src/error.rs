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

/// The first [`Kept::LEN`] bytes of an input, and its length: what an
/// error keeps of what was given, without allocating.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Kept {
    bytes: [u8; Kept::LEN],
    len: usize,
}

impl Kept {
    pub(crate) const LEN: usize = 16;

    #[inline]
    pub(crate) const fn new(given: &[u8]) -> Self {
        let mut bytes = [0; Self::LEN];
        let mut at = 0;
        while at < Self::LEN && at < given.len() {
            bytes[at] = given[at];
            at += 1;
        }
        Self {
            bytes,
            len: given.len(),
        }
    }

    /// What was given, all of it or its first [`Self::LEN`] bytes.
    #[inline]
    pub(crate) const fn bytes(&self) -> &[u8] {
        if self.len < Self::LEN {
            self.bytes.split_at(self.len).0
        } else {
            &self.bytes
        }
    }

    /// The length of what was given.
    #[inline]
    pub(crate) const fn len(&self) -> usize {
        self.len
    }
}

/// Text that is not a status code: it keeps what was given, up to
/// [`ParseStatusError::KEPT`] bytes, and its length, and says what was
/// wrong with it ([`ParseStatusError::kind`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseStatusError {
    given: Kept,
    kind: ParseStatusErrorKind,
}

/// What was wrong with text that is not a status code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum ParseStatusErrorKind {
    /// The input was not three bytes long.
    Length,
    /// A byte was not an ASCII digit.
    NotDigit {
        /// Where the first such byte is in the input.
        index: usize,
    },
    /// Three digits, but a number below 100.
    OutOfRange(InvalidStatusCode),
}

impl ParseStatusError {
    /// How many bytes of the input the error keeps.
    pub const KEPT: usize = Kept::LEN;

    #[inline]
    pub(crate) const fn new(given: &[u8], kind: ParseStatusErrorKind) -> Self {
        Self {
            given: Kept::new(given),
            kind,
        }
    }

    /// What was given: all of it when it is at most [`Self::KEPT`] bytes
    /// long, else its first [`Self::KEPT`] bytes.
    #[must_use]
    #[inline]
    pub const fn given(&self) -> &[u8] {
        self.given.bytes()
    }

    /// The length of what was given, in bytes.
    #[must_use]
    #[inline]
    pub const fn len(&self) -> usize {
        self.given.len()
    }

    /// Whether what was given was empty.
    #[must_use]
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.given.len() == 0
    }

    /// What was wrong with it.
    #[must_use]
    #[inline]
    pub const fn kind(&self) -> ParseStatusErrorKind {
        self.kind
    }

    /// The byte that is not a digit, for [`ParseStatusErrorKind::NotDigit`].
    const fn not_digit(&self) -> Option<(usize, u8)> {
        match self.kind {
            ParseStatusErrorKind::NotDigit { index } if index < self.given().len() => {
                Some((index, self.given()[index]))
            }
            _ => None,
        }
    }
}

/// Bytes as a quoted string, each byte that is not printable ASCII
/// escaped, so that a stray newline or a byte of another encoding shows.
struct Quoted<'a>(&'a [u8]);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for &byte in self.0 {
            write!(f, "{}", core::ascii::escape_default(byte))?;
        }
        f.write_str("\"")
    }
}

impl fmt::Debug for ParseStatusError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseStatusError")
            .field("given", &format_args!("{}", Quoted(self.given())))
            .field("len", &self.len())
            .field("kind", &self.kind)
            .finish()
    }
}

impl fmt::Display for ParseStatusError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", Quoted(self.given()))?;
        if self.len() > Self::KEPT {
            write!(f, " (the first {} of {} bytes)", Self::KEPT, self.len())?;
        }
        f.write_str(" is not a status code: ")?;
        match (self.kind, self.not_digit()) {
            (ParseStatusErrorKind::OutOfRange(invalid), _) => fmt::Display::fmt(&invalid, f),
            (_, Some((index, byte))) => write!(
                f,
                "byte '{}' at index {index} is not an ASCII digit; a status code is exactly three of them",
                core::ascii::escape_default(byte),
            ),
            _ => write!(
                f,
                "a status code is exactly three ASCII digits, not {} bytes",
                self.len()
            ),
        }
    }
}

impl core::error::Error for ParseStatusError {
    #[inline]
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match &self.kind {
            ParseStatusErrorKind::OutOfRange(invalid) => Some(invalid),
            _ => None,
        }
    }
}
