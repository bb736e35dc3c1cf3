//! `serde` support: a status is its number.

use crate::StatusCode;
use core::fmt;
use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use serde::ser::{Serialize, Serializer};

/// Serializes as the numeric code, e.g. `404`; every meaning of a number
/// serializes the same.
impl Serialize for StatusCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

/// Deserializes from a number (`404`) or three digits (`"404"`) from 100 to
/// 999, as [`StatusCode::from_u16`] reads them: a number with several
/// meanings gives its preferred one, so a vendor's further meaning comes
/// back as the preferred meaning of its number. Other values are an error
/// that states them. Formats that are not human-readable (postcard,
/// bincode) read the `u16` that serializing wrote, since they cannot tell
/// a number from a string by looking.
impl<'de> Deserialize<'de> for StatusCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(StatusVisitor)
        } else {
            deserializer.deserialize_u16(StatusVisitor)
        }
    }
}

struct StatusVisitor;

const EXPECTED: &str = "an HTTP status code from 100 to 999, as a number or three ASCII digits";

impl<'de> Visitor<'de> for StatusVisitor {
    type Value = StatusCode;

    #[inline]
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(EXPECTED)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<StatusCode, E> {
        u16::try_from(value)
            .ok()
            .and_then(StatusCode::from_u16)
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(value), &self))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<StatusCode, E> {
        u16::try_from(value)
            .ok()
            .and_then(StatusCode::from_u16)
            .ok_or_else(|| E::invalid_value(Unexpected::Signed(value), &self))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<StatusCode, E> {
        value
            .parse()
            .map_err(|_| E::invalid_value(Unexpected::Str(value), &self))
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<StatusCode, E> {
        StatusCode::from_bytes(value).map_err(|_| E::invalid_value(Unexpected::Bytes(value), &self))
    }
}
