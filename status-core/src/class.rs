//! The class of a status code.

use crate::error::Kept;
use core::fmt;

/// The class of a status code, given by its first digit (RFC 9110,
/// Section 15).
///
/// RFC 9110 defines five classes, `1xx` to `5xx`. Numbers from 600 to 999
/// are not valid statuses, but peers do send them; the RFC asks a client to
/// treat such a response as a server error, so they are in
/// [`StatusClass::ServerError`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum StatusClass {
    /// `1xx`: the request was received and processing goes on.
    Informational,
    /// `2xx`: the request was received, understood and accepted.
    Success,
    /// `3xx`: the client must take further action to complete the request.
    Redirection,
    /// `4xx`: the request is at fault.
    ClientError,
    /// `5xx`: the server failed to fulfil a valid request; also `6xx` to
    /// `9xx`, which RFC 9110 says to handle as `5xx`.
    ServerError,
}

impl StatusClass {
    /// The class of any number from 100 to 999, `None` outside.
    ///
    /// ```
    /// use status_core::StatusClass;
    ///
    /// assert_eq!(StatusClass::of(404), Some(StatusClass::ClientError));
    /// assert_eq!(StatusClass::of(999), Some(StatusClass::ServerError));
    /// assert_eq!(StatusClass::of(1000), None);
    /// ```
    #[inline]
    #[must_use]
    pub const fn of(code: u16) -> Option<Self> {
        match code {
            100..=199 => Some(Self::Informational),
            200..=299 => Some(Self::Success),
            300..=399 => Some(Self::Redirection),
            400..=499 => Some(Self::ClientError),
            500..=999 => Some(Self::ServerError),
            _ => None,
        }
    }

    /// A short lower-case name, e.g. `"client error"`.
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Informational => "informational",
            Self::Success => "success",
            Self::Redirection => "redirection",
            Self::ClientError => "client error",
            Self::ServerError => "server error",
        }
    }

    /// The range of codes the class holds, `100..200` to `500..1000`.
    #[must_use]
    #[inline]
    pub const fn codes(self) -> core::ops::Range<u16> {
        match self {
            Self::Informational => 100..200,
            Self::Success => 200..300,
            Self::Redirection => 300..400,
            Self::ClientError => 400..500,
            Self::ServerError => 500..1000,
        }
    }
}

impl StatusClass {
    /// The class as OpenAPI writes a range of response codes, `"1XX"` to
    /// `"5XX"`; `FromStr` reads it back.
    ///
    /// ```
    /// use status_core::StatusClass;
    ///
    /// assert_eq!(StatusClass::ClientError.range_key(), "4XX");
    /// assert_eq!("4xx".parse(), Ok(StatusClass::ClientError));
    /// ```
    #[must_use]
    #[inline]
    pub const fn range_key(self) -> &'static str {
        match self {
            Self::Informational => "1XX",
            Self::Success => "2XX",
            Self::Redirection => "3XX",
            Self::ClientError => "4XX",
            Self::ServerError => "5XX",
        }
    }

    /// The class whose range key is `key` (`1XX` to `5XX`, the `X`s in
    /// either case), as `FromStr` reads it.
    ///
    /// # Errors
    ///
    /// For anything else, `6XX`, `4X`, `400` and `default` included; the
    /// error keeps what was given.
    #[inline]
    pub const fn from_range_key(key: &str) -> Result<Self, ParseClassError> {
        let class = match key.as_bytes() {
            [digit, b'X' | b'x', b'X' | b'x'] => match digit {
                b'1' => Some(Self::Informational),
                b'2' => Some(Self::Success),
                b'3' => Some(Self::Redirection),
                b'4' => Some(Self::ClientError),
                b'5' => Some(Self::ServerError),
                _ => None,
            },
            _ => None,
        };
        match class {
            Some(class) => Ok(class),
            None => Err(ParseClassError::new(key)),
        }
    }
}

impl fmt::Display for StatusClass {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl core::str::FromStr for StatusClass {
    type Err = ParseClassError;

    /// An OpenAPI range key, `1XX` to `5XX`, as [`StatusClass::from_range_key`].
    #[inline]
    fn from_str(key: &str) -> Result<Self, ParseClassError> {
        Self::from_range_key(key)
    }
}

/// Text that is not a class's range key (`1XX` to `5XX`). It keeps what was
/// given, up to [`ParseClassError::KEPT`] bytes, and its length.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseClassError {
    given: Kept,
}

impl ParseClassError {
    /// How many bytes of the input the error keeps.
    pub const KEPT: usize = Kept::LEN;

    #[inline]
    const fn new(given: &str) -> Self {
        Self {
            given: Kept::new(given.as_bytes()),
        }
    }

    /// What was given: all of it when it is at most [`Self::KEPT`] bytes
    /// long, else its start, cut between characters.
    #[must_use]
    #[inline]
    pub const fn given(&self) -> &str {
        let kept = self.given.bytes();
        match core::str::from_utf8(kept) {
            Ok(text) => text,
            // The bytes up to `valid_up_to` are UTF-8, so this succeeds.
            Err(error) => match core::str::from_utf8(kept.split_at(error.valid_up_to()).0) {
                Ok(text) => text,
                Err(_) => "",
            },
        }
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
}

impl fmt::Debug for ParseClassError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseClassError")
            .field("given", &self.given())
            .field("len", &self.len())
            .finish()
    }
}

impl fmt::Display for ParseClassError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.given())?;
        if self.len() > Self::KEPT {
            write!(
                f,
                " (the first {} of {} bytes)",
                self.given().len(),
                self.len()
            )?;
        }
        f.write_str(" is not a status class: write 1XX, 2XX, 3XX, 4XX or 5XX")
    }
}

impl core::error::Error for ParseClassError {}
