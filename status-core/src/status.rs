//! What every generated status enum offers, for code generic over
//! registries.

use crate::StatusClass;
use core::fmt::{Debug, Display};
use core::hash::Hash;

/// An HTTP status from a registry: [`StatusCode`](crate::StatusCode), or the
/// enum that [`registry`](crate::registry) generates from a registry of your
/// own.
///
/// Each generated enum has these methods as inherent `const fn`s too; the
/// trait is for code that works with any registry.
///
/// ```
/// use status_core::{Status, StatusCode};
///
/// fn describe<S: Status>(code: u16) -> String {
///     match S::from_u16(code) {
///         Some(status) => format!("{status} ({})", status.class()),
///         None => format!("{code} is not a status code"),
///     }
/// }
///
/// assert_eq!(describe::<StatusCode>(404), "404 Not Found (client error)");
/// assert_eq!(describe::<StatusCode>(299), "299 (success)");
/// assert_eq!(describe::<StatusCode>(42), "42 is not a status code");
/// ```
///
/// The trait is implemented only by generated enums: it may gain methods in
/// a minor release.
pub trait Status:
    Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static + crate::__private::Sealed
{
    /// Every registered status of this build, ordered by code; the meanings
    /// of one code follow each other, the preferred one first.
    const ALL: &'static [Self];

    /// The status for a number from 100 to 999, registered or not; `None`
    /// outside that range.
    fn from_u16(code: u16) -> Option<Self>;

    /// Every enabled meaning of a number, the preferred one first.
    fn meanings(code: u16) -> &'static [Self];

    /// The numeric status code.
    fn code(self) -> u16;

    /// The reason phrase, `None` for a number no enabled row registers.
    fn reason(self) -> Option<&'static str>;

    /// The code and reason phrase as on a status line, e.g. `"404 Not
    /// Found"`; only the code for an unregistered number.
    fn status_line(self) -> &'static str;

    /// A short explanation of the status, `None` when the registry has none.
    fn summary(self) -> Option<&'static str>;

    /// The registry's reference for the status, `None` when it has none.
    fn reference(self) -> Option<&'static str>;

    /// Whether an enabled registry row defines this status.
    fn is_registered(self) -> bool;

    /// Whether the status is registered without a vendor.
    fn is_standard(self) -> bool;

    /// The Cargo feature of the vendor that defines the status; `None` for
    /// standard and unregistered statuses.
    fn vendor_feature(self) -> Option<&'static str>;

    /// Whether a response with this status may carry content.
    fn allows_content(self) -> bool;

    /// Whether a response with this status is cacheable without explicit
    /// freshness information.
    fn is_cacheable_by_default(self) -> bool;

    /// Whether the same request may succeed if sent again later.
    fn is_transient(self) -> bool;

    /// The header fields a response with this status must carry.
    fn required_headers(self) -> &'static [&'static str];

    /// The header fields a response with this status should or may carry.
    fn suggested_headers(self) -> &'static [&'static str];

    /// The class of the status, from its first digit.
    fn class(self) -> StatusClass {
        match StatusClass::of(self.code()) {
            Some(class) => class,
            None => StatusClass::ServerError,
        }
    }
}
