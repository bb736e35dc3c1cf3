//! Conversions to and from the `http` crate's `StatusCode`. Both accept
//! every number from 100 to 999, so neither loses a number; a meaning that
//! is not its number's preferred one (Esri's 499) comes back as what
//! `from_u16` gives for the number, as any conversion through it does.

use crate::StatusCode;

impl From<StatusCode> for http::StatusCode {
    #[inline]
    fn from(status: StatusCode) -> Self {
        match http::StatusCode::from_u16(status.code()) {
            Ok(converted) => converted,
            // Unreachable: every code lies in 100..=999, as `http` requires.
            Err(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<http::StatusCode> for StatusCode {
    /// Keeps the number: a code no enabled row registers becomes an
    /// unregistered status, as [`StatusCode::from_u16`] gives.
    #[inline]
    fn from(status: http::StatusCode) -> Self {
        match StatusCode::from_u16(status.as_u16()) {
            Some(converted) => converted,
            // Unreachable: `http` only holds numbers from 100 to 999.
            None => StatusCode::InternalServerError,
        }
    }
}

impl PartialEq<http::StatusCode> for StatusCode {
    #[inline]
    fn eq(&self, other: &http::StatusCode) -> bool {
        self.code() == other.as_u16()
    }
}

impl PartialEq<StatusCode> for http::StatusCode {
    #[inline]
    fn eq(&self, other: &StatusCode) -> bool {
        self.as_u16() == other.code()
    }
}

/// status-core's answers for the `http` crate's [`http::StatusCode`], the
/// type that axum, hyper, reqwest and tower hand out, without a conversion
/// by hand.
///
/// ```
/// use status_core::{Retry, StatusExt};
///
/// let status = http::StatusCode::SERVICE_UNAVAILABLE;
/// assert_eq!(status.retry(), Retry::AnyMethod);
/// assert_eq!(status.suggested_headers(), ["retry-after"]);
/// assert_eq!(status.typed(), status_core::StatusCode::ServiceUnavailable);
/// ```
pub trait StatusExt: sealed::Sealed {
    /// The status as a [`StatusCode`], keeping its number as `From` does.
    fn typed(&self) -> StatusCode;

    /// Whether, and for which methods, the request may be sent again; see
    /// [`StatusCode::retry`].
    #[inline]
    fn retry(&self) -> crate::Retry {
        self.typed().retry()
    }

    /// Whether the same request may succeed later; see
    /// [`StatusCode::is_transient`].
    #[inline]
    fn is_transient(&self) -> bool {
        self.typed().is_transient()
    }

    /// Whether a response with this status may carry content; see
    /// [`StatusCode::allows_content`].
    #[inline]
    fn allows_content(&self) -> bool {
        self.typed().allows_content()
    }

    /// Whether a response with this status is cacheable without explicit
    /// freshness; see [`StatusCode::is_cacheable_by_default`].
    #[inline]
    fn is_cacheable_by_default(&self) -> bool {
        self.typed().is_cacheable_by_default()
    }

    /// The header fields the response must carry; see
    /// [`StatusCode::required_headers`].
    #[inline]
    fn required_headers(&self) -> &'static [&'static str] {
        self.typed().required_headers()
    }

    /// The header fields the response should or may carry; see
    /// [`StatusCode::suggested_headers`].
    #[inline]
    fn suggested_headers(&self) -> &'static [&'static str] {
        self.typed().suggested_headers()
    }

    /// A short explanation of the status; see [`StatusCode::summary`].
    #[inline]
    fn summary(&self) -> Option<&'static str> {
        self.typed().summary()
    }

    /// The status a recipient acts on; see [`StatusCode::understood`].
    #[inline]
    fn understood(&self) -> StatusCode {
        self.typed().understood()
    }
}

impl StatusExt for http::StatusCode {
    #[inline]
    fn typed(&self) -> StatusCode {
        StatusCode::from(*self)
    }
}

mod sealed {
    /// Only `http::StatusCode` implements `StatusExt`.
    pub trait Sealed {}

    impl Sealed for http::StatusCode {}
}
