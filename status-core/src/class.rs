//! The class of a status code.

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

impl fmt::Display for StatusClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}
