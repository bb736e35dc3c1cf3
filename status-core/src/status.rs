//! What every generated status enum offers, for code generic over
//! registries, and the data each one provides.

use crate::column::{Column, Texts};
use crate::index::Index;
use crate::semantics::Dormant;
use crate::{access, code, Retry, StatusClass};
use core::fmt::{Debug, Display};
use core::hash::Hash;

/// An HTTP status from a registry: [`StatusCode`](crate::StatusCode), or the
/// enum that [`registry`](crate::registry) generates from a registry of your
/// own.
///
/// Each generated enum has these methods as inherent `const fn`s too,
/// documented there (`vendor_feature` is `vendor()` and its `feature()`);
/// the trait is for code that works with any registry.
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
    Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static + Tables
{
    /// Every registered status of this build, ordered by code; the meanings
    /// of one code follow each other, the preferred one first.
    const ALL: &'static [Self] = <Self as Tables>::VALUES;

    /// The status for a number from 100 to 999, registered or not; `None`
    /// outside that range. See [`StatusCode::from_u16`](crate::StatusCode::from_u16).
    fn from_u16(code: u16) -> Option<Self> {
        Self::value(code)
    }

    /// The status whose name is `name` in any common spelling. See
    /// [`StatusCode::from_name`](crate::StatusCode::from_name).
    fn from_name(name: &str) -> Option<Self> {
        access::from_name::<Self>(name)
    }

    /// The status a recipient acts on: itself when the registry has a row
    /// for its number, else the `x00` of its class. See [`StatusCode::understood`](crate::StatusCode::understood).
    fn understood(self) -> Self {
        match access::understood_code::<Self>(self.discriminant()) {
            Some(code) => Self::value(code).unwrap_or(self),
            None => self,
        }
    }

    /// Every enabled meaning of a number, the preferred one first.
    fn meanings(code: u16) -> &'static [Self] {
        access::meanings::<Self>(code)
    }

    /// The numeric status code.
    fn code(self) -> u16 {
        access::code(self.discriminant())
    }

    /// The reason phrase, `None` for a number no enabled row registers.
    fn reason(self) -> Option<&'static str> {
        access::reason::<Self>(self.discriminant())
    }

    /// The code and reason phrase as on a status line, e.g. `"404 Not
    /// Found"`; only the code for an unregistered number.
    fn status_line(self) -> &'static str {
        access::status_line::<Self>(self.discriminant())
    }

    /// A short explanation of the status, `None` when the registry has none.
    fn summary(self) -> Option<&'static str> {
        access::summary::<Self>(self.discriminant())
    }

    /// The registry's reference for the status, `None` when it has none.
    fn reference(self) -> Option<&'static str> {
        access::reference::<Self>(self.discriminant())
    }

    /// Whether an enabled registry row defines this status.
    fn is_registered(self) -> bool {
        access::is_registered::<Self>(self.discriminant())
    }

    /// Whether the status is registered without a vendor.
    fn is_standard(self) -> bool {
        access::is_standard::<Self>(self.discriminant())
    }

    /// The Cargo feature of the vendor that defines the status; `None` for
    /// standard and unregistered statuses.
    fn vendor_feature(self) -> Option<&'static str> {
        access::vendor_feature_of::<Self>(self.discriminant())
    }

    /// The class of the status, from its first digit.
    fn class(self) -> StatusClass {
        access::class(self.discriminant())
    }

    /// Whether a response with this status may carry content.
    fn allows_content(self) -> bool {
        access::allows_content::<Self>(self.discriminant())
    }

    /// Whether a response with this status is cacheable without explicit
    /// freshness information.
    fn is_cacheable_by_default(self) -> bool {
        access::is_cacheable_by_default::<Self>(self.discriminant())
    }

    /// Whether, and for which methods, a request that got this status may
    /// be sent again. See [`StatusCode::retry`](crate::StatusCode::retry).
    fn retry(self) -> Retry {
        access::retry::<Self>(self.discriminant())
    }

    /// Whether the same request may succeed if sent again later.
    fn is_transient(self) -> bool {
        access::is_transient::<Self>(self.discriminant())
    }

    /// The header fields a response with this status must carry.
    fn required_headers(self) -> &'static [&'static str] {
        access::required_headers::<Self>(self.discriminant())
    }

    /// The header fields a response with this status should or may carry.
    fn suggested_headers(self) -> &'static [&'static str] {
        access::suggested_headers::<Self>(self.discriminant())
    }
}

/// The data of a generated enum, which the generator writes from the
/// registry: each column apart, so that a program links only the columns
/// it reads. Not public API: it changes without notice.
#[doc(hidden)]
pub trait Tables: Copy + 'static {
    /// Every registered value, by code, then by discriminant.
    const VALUES: &'static [Self];
    /// Where each value's facts are.
    const INDEX: &'static Index;
    /// The status lines, e.g. `404 Not Found`.
    const LINES: Texts;
    /// The variant names.
    const NAMES: Texts;
    /// The summaries.
    const SUMMARIES: Texts;
    /// The references.
    const REFERENCES: Texts;
    /// The names `from_name` knows each row by, normalized as it reads
    /// them, separated by spaces.
    const NAME_KEYS: Texts;
    /// The discriminants.
    const DISCS: Column<u16>;
    /// The yes-or-no semantics, as [`flags`](crate::__private::flags) makes them.
    const FLAGS: Column<u8>;
    /// The header fields a response must carry, as positions in
    /// `HEADER_LISTS`.
    const REQUIRED: Column<u16>;
    /// The header fields a response should or may carry, the same way.
    const SUGGESTED: Column<u16>;
    /// Every list of header fields of the registry; the first is empty.
    const HEADER_LISTS: &'static [&'static [&'static str]];
    /// The semantics of the numbers whose preferred row belongs to a vendor
    /// whose feature is off, by code.
    const DORMANT: &'static [Dormant];
    /// The features of the enabled vendors, in registry order.
    const VENDOR_FEATURES: &'static [&'static str];
    /// The enabled languages other than English, in registry order.
    const LANGUAGES: &'static [Language];
    /// The retry rule of each number from 100 to 999 (its preferred
    /// meaning, or the status an unregistered one is understood as), so
    /// that a retry decision reads one byte. Derived from the rows, not
    /// written by the generator, and evaluated only in a crate that asks
    /// for a retry policy.
    const RETRY_RULES: &'static [u8; code::COUNT] = &access::retry_rules::<Self>();

    /// The value's discriminant.
    fn discriminant(self) -> u16;

    /// The value of a number from 100 to 999.
    fn value(code: u16) -> Option<Self>;
}

/// Implements [`Tables`] for the generated enum `$status`. The generator
/// writes the values it reads from the registry; the names and types are
/// the trait's, written here once. `$index` names the generated constant of
/// type [`Index`] and `$value_of` the generated `const fn(u16) ->
/// Option<$status>`.
#[doc(hidden)]
#[macro_export]
macro_rules! __status_tables {
    (
        $status:ident, $index:ident, $value_of:ident,
        values: [$($values:tt)*],
        lines: $lines:expr,
        names: $names:expr,
        summaries: $summaries:expr,
        references: $references:expr,
        name_keys: $name_keys:expr,
        discs: $discs:expr,
        flags: $flags:expr,
        required: $required:expr,
        suggested: $suggested:expr,
        header_lists: [$($header_lists:tt)*],
        dormant: [$($dormant:tt)*],
        vendor_features: [$($vendor_features:tt)*],
        languages: [$($languages:tt)*] $(,)?
    ) => {
        impl $crate::__private::Tables for $status {
            const VALUES: &'static [Self] = &[$($values)*];
            const INDEX: &'static $crate::__private::Index = &$index;
            const LINES: $crate::__private::Texts = $lines;
            const NAMES: $crate::__private::Texts = $names;
            const SUMMARIES: $crate::__private::Texts = $summaries;
            const REFERENCES: $crate::__private::Texts = $references;
            const NAME_KEYS: $crate::__private::Texts = $name_keys;
            const DISCS: $crate::__private::Column<::core::primitive::u16> = $discs;
            const FLAGS: $crate::__private::Column<::core::primitive::u8> = $flags;
            const REQUIRED: $crate::__private::Column<::core::primitive::u16> = $required;
            const SUGGESTED: $crate::__private::Column<::core::primitive::u16> = $suggested;
            const HEADER_LISTS: &'static [&'static [&'static ::core::primitive::str]] =
                &[$($header_lists)*];
            const DORMANT: &'static [$crate::__private::Dormant] = &[$($dormant)*];
            const VENDOR_FEATURES: &'static [&'static ::core::primitive::str] = &[$($vendor_features)*];
            const LANGUAGES: &'static [$crate::__private::Language] = &[$($languages)*];

            #[inline]
            fn discriminant(self) -> ::core::primitive::u16 {
                self as ::core::primitive::u16
            }

            #[inline]
            fn value(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
                $value_of(code)
            }
        }
    };
}

/// The texts of a registry in one language.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct Language {
    /// The BCP 47 tag, e.g. `bn`.
    pub tag: &'static str,
    /// The reason phrases.
    pub reasons: Texts,
    /// The summaries.
    pub summaries: Texts,
}
