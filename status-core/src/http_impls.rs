//! Conversions to and from the `http` crate's `StatusCode`.

use crate::{StatusCode, UnknownStatusCode};

impl From<StatusCode> for http::StatusCode {
    /// Every status of the registry lies in 100..=599, which `http` accepts.
    fn from(status: StatusCode) -> Self {
        match http::StatusCode::from_u16(status.code()) {
            Ok(converted) => converted,
            // Unreachable: the generator rejects codes outside 100..=599.
            Err(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl TryFrom<http::StatusCode> for StatusCode {
    type Error = UnknownStatusCode;

    /// Fails for numbers that `http` accepts (100..=999) but that name no
    /// enabled status; the error keeps the number.
    fn try_from(status: http::StatusCode) -> Result<Self, Self::Error> {
        StatusCode::try_from(status.as_u16())
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
