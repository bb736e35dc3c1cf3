//! Conversions to and from the `http` crate's `StatusCode`. Both accept
//! every number from 100 to 999, so both conversions are lossless.

use crate::StatusCode;

impl From<StatusCode> for http::StatusCode {
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
    fn from(status: http::StatusCode) -> Self {
        match StatusCode::from_u16(status.as_u16()) {
            Some(converted) => converted,
            // Unreachable: `http` only holds numbers from 100 to 999.
            None => StatusCode::InternalServerError,
        }
    }
}

impl PartialEq<http::StatusCode> for StatusCode {
    fn eq(&self, other: &http::StatusCode) -> bool {
        self.code() == other.as_u16()
    }
}

impl PartialEq<StatusCode> for http::StatusCode {
    fn eq(&self, other: &StatusCode) -> bool {
        self.as_u16() == other.code()
    }
}
