//! The methods and trait implementations of every generated status enum
//! and its companions: the part of a generated API that does not depend on
//! the registry, written once here. The generator invokes
//! [`status_methods!`](crate::__status_methods) next to the data it writes
//! from the registry (the enum, `from_u16`'s match, and the columns that
//! [`status_tables!`](crate::__status_tables) makes the [`Tables`] impl).
//!
//! Everything the expansion names goes through `::core` or `$crate`, so it
//! works in `#![no_std]` crates, under `#![no_implicit_prelude]`, and next
//! to user types named like primitives. The docs hold no code examples:
//! they appear on a user's own enum, whose doctests would run them.
//!
//! [`Tables`]: crate::__private::Tables

/// Defines the inherent methods and standard traits of the status enum
/// `$status`, and the methods of its vendor enum `$vendor` and language
/// enum `$lang`, given the generated `const fn $value_of(u16) ->
/// Option<$status>` and the lists `$vendors` and `$languages` of the
/// companions' enabled variants.
#[doc(hidden)]
#[macro_export]
macro_rules! __status_methods {
    ($status:ident, $vendor:ident, $lang:ident, $value_of:ident, $vendors:ident, $languages:ident) => {
        impl $status {
            /// Every registered status of this build, ordered by code; the
            /// meanings of one code follow each other, the preferred one
            /// first. Unregistered numbers are not listed.
            pub const ALL: &'static [Self] = <Self as $crate::__private::Tables>::VALUES;

            /// The status for a number from 100 to 999; `None` outside.
            ///
            /// Every number in range converts, registered or not: the value
            /// keeps the number. A number with several meanings gives its
            /// preferred one, which the registry names and no feature
            /// changes: when the preferred row's feature is off, the number
            /// is unregistered in that build, whatever other vendors define.
            /// So a number that gives a registered status in one build gives
            /// the same status in every build with more features.
            #[inline]
            #[must_use]
            pub const fn from_u16(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
                $value_of(code)
            }

            /// The status whose name is `name`, in any of the spellings in
            /// which people write it: the reason phrase (`Not Found`), the
            /// variant name (`NotFound`), `SCREAMING_SNAKE` (`NOT_FOUND`),
            /// snake or kebab case, or a former name kept as an alias
            /// (`Payload Too Large`).
            ///
            /// Names are compared with spaces, underscores, hyphens and
            /// apostrophes left out, ASCII letters in any case, and spaces
            /// around them ignored. A vendor's names are found only when
            /// its feature is on; a name that a standard row shares with a
            /// vendor's gives the standard row, whatever features are on.
            /// `None` for anything else, numbers included (`FromStr` reads
            /// those). Nothing is allocated.
            #[inline]
            #[must_use]
            pub const fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                $crate::__private::from_name::<Self>(name)
            }

            /// The status a recipient acts on: the status itself when the
            /// registry has a row for its number, else the `x00` status of
            /// its class, as RFC 9110 (Section 15) asks of a status it does
            /// not recognize: `299` is understood as `200`, `599` and `600`
            /// to `999` as `500`. The semantics of such a number
            /// ([`Self::allows_content`], [`Self::is_transient`], the header
            /// lists) are those of the status it is understood as, except
            /// that it is never cacheable.
            ///
            /// A number whose preferred row is a vendor's is recognized
            /// whether or not the vendor's feature is on: without it the
            /// number has no variant and no texts, but its semantics and
            /// retry policy are its row's, so that no answer changes when
            /// another crate of the build turns the vendor on.
            #[inline]
            #[must_use]
            pub const fn understood(self) -> Self {
                match $crate::__private::understood_code::<Self>(self as ::core::primitive::u16) {
                    ::core::option::Option::Some(code) => match Self::from_u16(code) {
                        ::core::option::Option::Some(status) => status,
                        ::core::option::Option::None => self,
                    },
                    ::core::option::Option::None => self,
                }
            }

            /// The numeric status code, from 100 to 999.
            #[inline]
            #[must_use]
            pub const fn code(self) -> ::core::primitive::u16 {
                $crate::__private::code(self as ::core::primitive::u16)
            }

            /// The reason phrase from the registry, e.g. `"Not Found"`;
            /// `None` for a number no enabled row registers.
            #[inline]
            #[must_use]
            pub const fn reason(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                $crate::__private::reason::<Self>(self as ::core::primitive::u16)
            }

            /// The code and reason phrase as on an HTTP/1.1 status line,
            /// e.g. `"404 Not Found"`, or only the code (`"299"`) for an
            /// unregistered number; this is what `Display` writes.
            #[inline]
            #[must_use]
            pub const fn status_line(self) -> &'static ::core::primitive::str {
                $crate::__private::status_line::<Self>(self as ::core::primitive::u16)
            }

            /// The code as three ASCII digits, e.g. `"404"`.
            #[inline]
            #[must_use]
            pub const fn as_str(self) -> &'static ::core::primitive::str {
                $crate::__private::as_str(self.code())
            }

            /// A short explanation of what the status means; `None` when the
            /// registry has none or the number is unregistered.
            #[inline]
            #[must_use]
            pub const fn summary(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                $crate::__private::summary::<Self>(self as ::core::primitive::u16)
            }

            /// The registry's `Reference` cell, e.g. `"[RFC9110, Section
            /// 15.5.5]"`; `None` when the registry gives none.
            #[inline]
            #[must_use]
            pub const fn reference(
                self,
            ) -> ::core::option::Option<&'static ::core::primitive::str> {
                $crate::__private::reference::<Self>(self as ::core::primitive::u16)
            }

            /// Whether an enabled registry row defines this status. A number
            /// that none does still converts to a status, which keeps the
            /// number and has no reason phrase.
            #[inline]
            #[must_use]
            pub const fn is_registered(self) -> ::core::primitive::bool {
                $crate::__private::is_registered::<Self>(self as ::core::primitive::u16)
            }

            /// Who defines this status: the standard or a vendor; `None` for
            /// an unregistered number.
            #[inline]
            #[must_use]
            pub const fn vendor(self) -> ::core::option::Option<$vendor> {
                match $crate::__private::vendor::<Self>(self as ::core::primitive::u16) {
                    ::core::option::Option::Some(position) if position < $vendor::ALL.len() => {
                        ::core::option::Option::Some($vendor::ALL[position])
                    }
                    _ => ::core::option::Option::None,
                }
            }

            /// Whether this status is registered by the standard rather than
            /// by a vendor.
            #[inline]
            #[must_use]
            pub const fn is_standard(self) -> ::core::primitive::bool {
                $crate::__private::is_standard::<Self>(self as ::core::primitive::u16)
            }

            /// The class of the status, given by its first digit; numbers
            /// from 600 to 999 are server errors, as RFC 9110 asks.
            #[inline]
            #[must_use]
            pub const fn class(self) -> $crate::StatusClass {
                $crate::__private::class(self as ::core::primitive::u16)
            }

            /// Whether this is a `1xx` status.
            #[inline]
            #[must_use]
            pub const fn is_informational(self) -> ::core::primitive::bool {
                $crate::__private::in_class(
                    self as ::core::primitive::u16,
                    $crate::StatusClass::Informational,
                )
            }

            /// Whether this is a `2xx` status.
            #[inline]
            #[must_use]
            pub const fn is_success(self) -> ::core::primitive::bool {
                $crate::__private::in_class(
                    self as ::core::primitive::u16,
                    $crate::StatusClass::Success,
                )
            }

            /// Whether this is a `3xx` status.
            #[inline]
            #[must_use]
            pub const fn is_redirection(self) -> ::core::primitive::bool {
                $crate::__private::in_class(
                    self as ::core::primitive::u16,
                    $crate::StatusClass::Redirection,
                )
            }

            /// Whether this is a `4xx` status.
            #[inline]
            #[must_use]
            pub const fn is_client_error(self) -> ::core::primitive::bool {
                $crate::__private::in_class(
                    self as ::core::primitive::u16,
                    $crate::StatusClass::ClientError,
                )
            }

            /// Whether this is a `5xx` status, or one from 600 to 999, which
            /// RFC 9110 says to treat as `5xx`.
            #[inline]
            #[must_use]
            pub const fn is_server_error(self) -> ::core::primitive::bool {
                $crate::__private::in_class(
                    self as ::core::primitive::u16,
                    $crate::StatusClass::ServerError,
                )
            }

            /// Whether a response with this status may carry content: not a
            /// `1xx`, `204`, `205` or `304` (RFC 9110, Section 15), as the
            /// registry's `Content` column says.
            #[inline]
            #[must_use]
            pub const fn allows_content(self) -> ::core::primitive::bool {
                $crate::__private::allows_content::<Self>(self as ::core::primitive::u16)
            }

            /// Whether a cache may store and reuse a response with this status
            /// without explicit freshness information (RFC 9110, Section 15.1:
            /// the heuristically cacheable statuses). Never for a number the
            /// registry has no row for.
            #[inline]
            #[must_use]
            pub const fn is_cacheable_by_default(self) -> ::core::primitive::bool {
                $crate::__private::is_cacheable_by_default::<Self>(self as ::core::primitive::u16)
            }

            /// Whether a request that got this status may be sent again, and
            /// for which methods, from the registry's `Retry` column (see
            /// status-core's `Retry`; its `decide` combines the policy with
            /// the request's method and the response's `Retry-After`).
            #[inline]
            #[must_use]
            pub const fn retry(self) -> $crate::Retry {
                $crate::__private::retry::<Self>(self as ::core::primitive::u16)
            }

            /// Whether the condition is temporary, so that the same request
            /// may succeed if sent again later: whether [`Self::retry`] is
            /// anything but `Retry::Never`.
            #[inline]
            #[must_use]
            pub const fn is_transient(self) -> ::core::primitive::bool {
                $crate::__private::is_transient::<Self>(self as ::core::primitive::u16)
            }

            /// The header fields, in lower case, that a response with this
            /// status must carry, e.g. `["www-authenticate"]` for `401`.
            #[inline]
            #[must_use]
            pub const fn required_headers(self) -> &'static [&'static ::core::primitive::str] {
                $crate::__private::required_headers::<Self>(self as ::core::primitive::u16)
            }

            /// The header fields, in lower case, that a response with this
            /// status should or may carry, e.g. `["retry-after"]` for `503`.
            #[inline]
            #[must_use]
            pub const fn suggested_headers(self) -> &'static [&'static ::core::primitive::str] {
                $crate::__private::suggested_headers::<Self>(self as ::core::primitive::u16)
            }

            /// The reason phrase in `lang`, or `None` when the registry has
            /// no text for this status in that language.
            #[inline]
            #[must_use]
            pub const fn translated_reason(
                self,
                lang: $lang,
            ) -> ::core::option::Option<&'static ::core::primitive::str> {
                $crate::__private::translated_reason::<Self>(
                    self as ::core::primitive::u16,
                    lang as ::core::primitive::usize,
                )
            }

            /// The summary in `lang`, or `None` when the registry has no
            /// text for this status in that language.
            #[inline]
            #[must_use]
            pub const fn translated_summary(
                self,
                lang: $lang,
            ) -> ::core::option::Option<&'static ::core::primitive::str> {
                $crate::__private::translated_summary::<Self>(
                    self as ::core::primitive::u16,
                    lang as ::core::primitive::usize,
                )
            }

            /// The reason phrase in `lang`, falling back to English.
            #[inline]
            #[must_use]
            pub const fn reason_in(
                self,
                lang: $lang,
            ) -> ::core::option::Option<&'static ::core::primitive::str> {
                match self.translated_reason(lang) {
                    ::core::option::Option::Some(reason) => ::core::option::Option::Some(reason),
                    ::core::option::Option::None => self.reason(),
                }
            }

            /// The summary in `lang`, falling back to English.
            #[inline]
            #[must_use]
            pub const fn summary_in(
                self,
                lang: $lang,
            ) -> ::core::option::Option<&'static ::core::primitive::str> {
                match self.translated_summary(lang) {
                    ::core::option::Option::Some(summary) => ::core::option::Option::Some(summary),
                    ::core::option::Option::None => self.summary(),
                }
            }

            /// Displays the status for people reading `lang`: the code in
            /// the language's digits and the reason phrase in the language,
            /// e.g. `৪০৪ পাওয়া যায়নি` for Bengali. `Display` on the status
            /// itself stays the English status line, as sent on the wire.
            #[inline]
            #[must_use]
            pub const fn localized(self, lang: $lang) -> $crate::Localized {
                $crate::__private::localized::<Self>(
                    self as ::core::primitive::u16,
                    lang as ::core::primitive::usize,
                )
            }

            /// The status a vendor means by a number: the vendor's own row
            /// for it if there is one, else what [`Self::from_u16`] gives.
            #[inline]
            #[must_use]
            pub const fn from_vendor(
                vendor: $vendor,
                code: ::core::primitive::u16,
            ) -> ::core::option::Option<Self> {
                match $crate::__private::from_vendor::<Self>(
                    vendor as ::core::primitive::usize,
                    code,
                ) {
                    ::core::option::Option::Some(status) => ::core::option::Option::Some(status),
                    ::core::option::Option::None => Self::from_u16(code),
                }
            }

            /// Every enabled meaning of a number: the preferred one first
            /// when its feature is on, then the others in registry order;
            /// empty for an unregistered number. Which meanings are listed
            /// follows the features, so the first is [`Self::from_u16`]'s
            /// answer only when that answer is a registered status.
            #[inline]
            #[must_use]
            pub const fn meanings(code: ::core::primitive::u16) -> &'static [Self] {
                $crate::__private::meanings::<Self>(code)
            }

            /// Parses exactly three ASCII digits, such as `b"404"`, into the
            /// status [`Self::from_u16`] gives for that number.
            ///
            /// # Errors
            ///
            /// When the input is not three ASCII digits, or they are below
            /// 100; the error says what was wrong.
            #[inline]
            pub const fn from_bytes(
                bytes: &[::core::primitive::u8],
            ) -> ::core::result::Result<Self, $crate::ParseStatusError> {
                match $crate::__private::parse(bytes) {
                    ::core::result::Result::Ok(code) => match Self::from_u16(code) {
                        ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                        ::core::option::Option::None => ::core::result::Result::Err(
                            $crate::__private::out_of_range(bytes, code),
                        ),
                    },
                    ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
                }
            }
        }

        impl ::core::fmt::Display for $status {
            /// Writes the status line, e.g. `404 Not Found`, or only the
            /// code for an unregistered number.
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::display::<Self>(*self as ::core::primitive::u16, f)
            }
        }

        impl ::core::fmt::Debug for $status {
            /// Writes the variant's name, e.g. `NotFound`, or the number of
            /// an unregistered value, e.g. `StatusCode(299)`.
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match $crate::__private::name::<Self>(*self as ::core::primitive::u16) {
                    ::core::option::Option::Some(name) => f.write_str(name),
                    ::core::option::Option::None => f
                        .debug_tuple($crate::__private::unraw(::core::stringify!($status)))
                        .field(&self.code())
                        .finish(),
                }
            }
        }

        impl ::core::cmp::Ord for $status {
            /// By code; the meanings of one code in the order of `ALL`.
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                let key = |status: Self| (status.code(), status as ::core::primitive::u16);
                ::core::cmp::Ord::cmp(&key(*self), &key(*other))
            }
        }

        impl ::core::cmp::PartialOrd for $status {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        impl ::core::convert::From<$status> for ::core::primitive::u16 {
            #[inline]
            fn from(status: $status) -> ::core::primitive::u16 {
                status.code()
            }
        }

        impl ::core::convert::TryFrom<::core::primitive::u16> for $status {
            type Error = $crate::InvalidStatusCode;

            /// Any number from 100 to 999, as [`Self::from_u16`].
            #[inline]
            fn try_from(
                code: ::core::primitive::u16,
            ) -> ::core::result::Result<Self, $crate::InvalidStatusCode> {
                match Self::from_u16(code) {
                    ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err($crate::__private::invalid(code))
                    }
                }
            }
        }

        impl ::core::str::FromStr for $status {
            type Err = $crate::ParseStatusError;

            /// Exactly three ASCII digits, as [`Self::from_bytes`].
            #[inline]
            fn from_str(
                text: &::core::primitive::str,
            ) -> ::core::result::Result<Self, $crate::ParseStatusError> {
                Self::from_bytes(text.as_bytes())
            }
        }

        impl ::core::convert::TryFrom<&::core::primitive::str> for $status {
            type Error = $crate::ParseStatusError;

            /// The same as `FromStr`: exactly three ASCII digits.
            #[inline]
            fn try_from(
                text: &::core::primitive::str,
            ) -> ::core::result::Result<Self, $crate::ParseStatusError> {
                Self::from_bytes(text.as_bytes())
            }
        }

        impl ::core::convert::TryFrom<&[::core::primitive::u8]> for $status {
            type Error = $crate::ParseStatusError;

            /// The same as [`Self::from_bytes`]: exactly three ASCII digits.
            #[inline]
            fn try_from(
                bytes: &[::core::primitive::u8],
            ) -> ::core::result::Result<Self, $crate::ParseStatusError> {
                Self::from_bytes(bytes)
            }
        }

        impl ::core::cmp::PartialEq<::core::primitive::u16> for $status {
            #[inline]
            fn eq(&self, code: &::core::primitive::u16) -> ::core::primitive::bool {
                self.code() == *code
            }
        }

        impl ::core::cmp::PartialEq<$status> for ::core::primitive::u16 {
            #[inline]
            fn eq(&self, status: &$status) -> ::core::primitive::bool {
                *self == status.code()
            }
        }

        impl $crate::Status for $status {}

        impl $vendor {
            /// The standard and every enabled vendor, in registry order.
            pub const ALL: &'static [Self] = $vendors;

            /// The Cargo feature that enables this vendor's codes; `None`
            /// for the standard.
            #[inline]
            #[must_use]
            pub const fn feature(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                $crate::__private::vendor_feature::<$status>(self as ::core::primitive::usize)
            }

            /// The vendor's name: its feature, or `"standard"`.
            #[inline]
            #[must_use]
            pub const fn name(self) -> &'static ::core::primitive::str {
                match self.feature() {
                    ::core::option::Option::Some(feature) => feature,
                    ::core::option::Option::None => "standard",
                }
            }
        }

        impl ::core::fmt::Display for $vendor {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.name())
            }
        }

        impl $lang {
            /// English and every enabled language, in registry order.
            pub const ALL: &'static [Self] = $languages;

            /// The language's BCP 47 tag, e.g. `"bn"`.
            #[inline]
            #[must_use]
            pub const fn tag(self) -> &'static ::core::primitive::str {
                $crate::__private::language_tag::<$status>(self as ::core::primitive::usize)
            }

            /// The enabled language whose tag is `tag`, ASCII case ignored.
            #[inline]
            #[must_use]
            pub const fn from_tag(tag: &::core::primitive::str) -> ::core::option::Option<Self> {
                let mut at = 0;
                while at < Self::ALL.len() {
                    if $crate::__private::same_tag(Self::ALL[at].tag(), tag) {
                        return ::core::option::Option::Some(Self::ALL[at]);
                    }
                    at += 1;
                }
                ::core::option::Option::None
            }

            /// The language of `offered` that best matches a language range
            /// such as `"bn-BD"`: subtags are dropped from the end until one
            /// matches (the Lookup scheme of RFC 4647).
            #[inline]
            #[must_use]
            pub fn lookup(
                range: &::core::primitive::str,
                offered: &[Self],
            ) -> ::core::option::Option<Self> {
                $crate::__private::lookup(range, offered, Self::tag)
            }

            /// The language of `offered` that a client weighs highest in an
            /// `Accept-Language` header value, such as `"bn-BD, en;q=0.5"`.
            ///
            /// Each language range is matched as by [`Self::lookup`]; of
            /// those found, the one with the highest weight wins, the first
            /// among equals. `None` when the client names none of `offered`.
            /// The answer depends only on the header and `offered`, never on
            /// which languages other crates of the build turned on.
            #[inline]
            #[must_use]
            pub fn from_accept_language(
                header: &::core::primitive::str,
                offered: &[Self],
            ) -> ::core::option::Option<Self> {
                $crate::__private::negotiate(header, offered, Self::tag)
            }

            /// The digit zero as the language writes numbers; the other
            /// digits follow it in Unicode. ASCII `'0'` for English.
            #[inline]
            #[must_use]
            pub const fn zero_digit(self) -> ::core::primitive::char {
                $crate::__private::zero_digit(self.tag())
            }
        }

        impl ::core::fmt::Display for $lang {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.tag())
            }
        }
    };
}
