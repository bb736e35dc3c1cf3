//! HTTP status codes as a typed enum, generated at compile time from the
//! registry file `registry.csv`.
//!
//! [`StatusCode`] has one variant per meaning of a code: every code of the
//! IANA registry, and, behind Cargo features, the non-standard codes of
//! vendors such as nginx and Cloudflare. Each variant's documentation gives
//! its code, reason phrase, summary and reference.
//!
//! ```
//! use status_core::{StatusClass, StatusCode};
//!
//! let status: StatusCode = "404".parse().unwrap();
//! assert_eq!(status, StatusCode::NotFound);
//! assert_eq!(status.code(), 404);
//! assert_eq!(status.reason(), Some("Not Found"));
//! assert_eq!(status.to_string(), "404 Not Found");
//! assert_eq!(status.class(), StatusClass::ClientError);
//! ```
//!
//! # Nothing off the wire is lost
//!
//! Every number from 100 to 999 converts to a `StatusCode` that keeps it,
//! whether or not a registry row defines it in this build: a client can map
//! any status a peer sends. Such a value has no reason phrase, displays as
//! its number, and is not in [`StatusCode::ALL`]; [`StatusCode::is_registered`]
//! tells the two apart. Only numbers outside 100–999 are an error, which
//! keeps the number.
//!
//! ```
//! use status_core::{StatusClass, StatusCode};
//!
//! let status = StatusCode::from_u16(299).unwrap();
//! assert_eq!(status.code(), 299);
//! assert!(!status.is_registered());
//! assert_eq!(status.reason(), None);
//! assert_eq!(status.to_string(), "299");
//! assert_eq!(status.class(), StatusClass::Success);
//!
//! assert_eq!(StatusCode::try_from(1000).unwrap_err().code(), 1000);
//! ```
//!
//! RFC 9110 defines the classes `1xx` to `5xx`; numbers from 600 to 999 are
//! invalid there, but peers send them, and the RFC asks a client to handle
//! them as server errors, so their class is [`StatusClass::ServerError`].
//!
//! # Features
//!
//! No feature is on by default; each one adds the variants of a vendor.
//!
//! | Feature      | Codes                                                  |
//! |--------------|--------------------------------------------------------|
//! | `nginx`      | 444, 494, 495, 496, 497, 499                           |
//! | `cloudflare` | 520 to 527, 530 (Origin DNS Error)                     |
//! | `iis`        | 440, 449, 451 (Redirect)                               |
//! | `aws-elb`    | 460, 463, 464, 561                                     |
//! | `unofficial` | 103 (Checkpoint), 598, and all of the features below   |
//! | `spring`     | 420 (Method Failure)                                   |
//! | `twitter`    | 420 (Enhance Your Calm)                                |
//! | `microsoft`  | 450                                                    |
//! | `esri`       | 498, 499 (Token Required)                              |
//! | `apache`     | 509                                                    |
//! | `pantheon`   | 530 (Site Frozen)                                      |
//! | `laravel`    | 419                                                    |
//! | `qualys`     | 529                                                    |
//! | `shopify`    | 430, 540                                               |
//!
//! Four more features connect the type to the ecosystem:
//!
//! | Feature | Adds                                                                   |
//! |---------|------------------------------------------------------------------------|
//! | `serde` | `Serialize` as the number; `Deserialize` from a number or `"404"`      |
//! | `http`  | `From` both ways with `http::StatusCode`, `PartialEq` both ways, and `StatusExt` on it |
//! | `reqwest` | `reqwest::classify`, a classifier for reqwest's built-in retries |
//! | `tower` | `tower::RetryPolicy`, a retry policy that honors `Retry-After` |
//!
//! Because a feature adds variants, and any crate in a build may turn one
//! on, [`StatusCode`] is `#[non_exhaustive]`: a `match` needs a catch-all arm.
//!
//! ```
//! use status_core::StatusCode;
//!
//! fn retry(status: StatusCode) -> bool {
//!     match status {
//!         StatusCode::TooManyRequests | StatusCode::ServiceUnavailable => true,
//!         #[cfg(feature = "cloudflare")]
//!         StatusCode::ATimeoutOccurred => true,
//!         _ => false,
//!     }
//! }
//! assert!(retry(StatusCode::ServiceUnavailable));
//! ```
//!
//! # Features only add
//!
//! Cargo turns a feature on for the whole build when any crate asks for it,
//! so no answer here depends on which other features are on. A number may
//! mean different things to different vendors (103, 420, 451, 499, 530); each
//! meaning is its own variant, and the registry names one *preferred*
//! meaning per number: the standard one when there is one, otherwise a
//! vendor's only row (nginx's 444), or the one marked in its `Preferred`
//! column when several vendors define the number (nginx's 499, Twitter's
//! 420).
//! [`StatusCode::from_u16`], `TryFrom<u16>`, `FromStr`, serde and the `http`
//! conversion give the preferred meaning when its feature is on, and an
//! unregistered value otherwise, never another vendor's row. So:
//!
//! > If a number gives a registered status in one build, it gives the same
//! > status in every build with more features.
//!
//! What a number means for HTTP does not depend on features either: its
//! semantics and retry policy ([`StatusCode::retry`], [`decide`],
//! [`StatusCode::allows_content`], ...) are those of its preferred row in
//! every build, even when that row's vendor is off and the number has no
//! variant or texts. A crate that never turns `cloudflare` on still retries
//! a `POST` that got 521 as Cloudflare's row says, and goes on doing so when
//! another crate turns it on.
//!
//! The other meanings are reached by name, by vendor with
//! [`StatusCode::from_vendor`], or in [`StatusCode::meanings`], which lists
//! every enabled meaning, the preferred one first.
//!
//! ```
//! use status_core::StatusCode;
//!
//! // 451 is standard; with the `iis` feature it also means IIS's Redirect.
//! assert_eq!(StatusCode::from_u16(451), Some(StatusCode::UnavailableForLegalReasons));
//! assert_eq!(StatusCode::meanings(451)[0], StatusCode::UnavailableForLegalReasons);
//!
//! // 499 is nginx's Client Closed Request, or unregistered without `nginx`,
//! // even when `esri`, whose 499 means Token Required, is on.
//! let status = StatusCode::from_u16(499).unwrap();
//! # #[cfg(feature = "nginx")]
//! assert_eq!(status, StatusCode::ClientClosedRequest);
//! # #[cfg(not(feature = "nginx"))]
//! assert!(!status.is_registered());
//! ```
//!
//! # Names and classes
//!
//! Config files and mock servers name statuses, and OpenAPI documents key
//! responses by class. [`StatusCode::from_name`] reads a name in any common
//! spelling (the reason phrase, the variant, `SCREAMING_SNAKE`, snake or
//! kebab case, a former name), comparing without spaces, `_`, `-` and `'`
//! and ignoring ASCII case. A name that a standard row shares with a
//! vendor's means the standard row in every build. `StatusClass` parses
//! OpenAPI's range keys.
//!
//! ```
//! use status_core::{StatusClass, StatusCode};
//!
//! assert_eq!(StatusCode::from_name("not found"), Some(StatusCode::NotFound));
//! assert_eq!(StatusCode::from_name("IM_A_TEAPOT"), Some(StatusCode::ImATeapot));
//! assert_eq!(StatusCode::from_name("Payload Too Large"), Some(StatusCode::ContentTooLarge));
//! assert_eq!(StatusCode::from_name("404"), None);
//!
//! assert_eq!("5xx".parse(), Ok(StatusClass::ServerError));
//! assert_eq!(StatusClass::Success.range_key(), "2XX");
//! assert!("default".parse::<StatusClass>().is_err());
//!
//! // RFC 9110: a status a recipient does not recognize is handled as the
//! // x00 of its class.
//! assert_eq!(StatusCode::from_u16(299).unwrap().understood(), StatusCode::Ok);
//! ```
//!
//! # HTTP semantics
//!
//! The registry also says what HTTP asks of a response with each status,
//! for servers, proxies, caches and clients that would otherwise keep their
//! own lists, and when a client may send a request again ([`Retry`],
//! combined with the method and `Retry-After` by [`decide`]):
//!
//! ```
//! use status_core::{Retry, StatusCode};
//!
//! assert!(!StatusCode::NoContent.allows_content());
//! assert!(StatusCode::NotFound.is_cacheable_by_default());
//! assert!(StatusCode::ServiceUnavailable.is_transient());
//! assert_eq!(StatusCode::BadGateway.retry(), Retry::Idempotent); // GET, not POST
//! assert_eq!(StatusCode::Unauthorized.required_headers(), ["www-authenticate"]);
//! assert_eq!(StatusCode::TooManyRequests.suggested_headers(), ["retry-after"]);
//!
//! // A number the registry has no row for is treated as the x00 of its
//! // class (RFC 9110, Section 15), and is never cacheable.
//! let odd = StatusCode::from_u16(599).unwrap();
//! assert!(odd.is_transient() && !odd.is_cacheable_by_default());
//! ```
//!
//! # Languages
//!
//! Languages are features too: `lang-bn` adds Bengali texts, read from the
//! registry's `Description@bn` and `Summary@bn` columns. Negotiation with a
//! client picks among the languages the caller offers: a server that names
//! its languages gets the same answer whatever features other crates turn
//! on, while [`Lang::ALL`] offers every language this build has.
//!
//! ```
//! use status_core::{Lang, StatusCode};
//!
//! // English is always there; the wire format stays English.
//! assert_eq!(StatusCode::NotFound.reason_in(Lang::En), Some("Not Found"));
//!
//! // A server picks the language from the request's Accept-Language header,
//! // among the languages it offers.
//! let lang = Lang::from_accept_language("bn-BD, en;q=0.5", Lang::ALL).unwrap_or(Lang::En);
//! # #[cfg(feature = "lang-bn")]
//! # {
//! assert_eq!(lang, Lang::Bn);
//! assert_eq!(StatusCode::NotFound.localized(lang).to_string(), "৪০৪ পাওয়া যায়নি");
//! # }
//! # #[cfg(not(feature = "lang-bn"))]
//! # assert_eq!(lang, Lang::En);
//! ```
//!
//! # Your own registry
//!
//! [`registry`] turns any CSV file in the same format into an enum with
//! the same API, for in-house codes. Code written against the [`Status`]
//! trait works with every registry.
//!
//! ```ignore
//! #[status_core::registry("codes.csv")] // relative to your Cargo.toml
//! pub enum AppStatus {}
//! ```
//!
//! Next to the enum the attribute defines `AppStatusVendor` and
//! `AppStatusLang` (named otherwise with `vendor = Name` and `lang = Name`),
//! so several registries can share a module. The arguments after the path:
//!
//! - `crate = path`: where status-core is, for a crate that re-exports it
//!   (`::status_core` by default);
//! - `vendor = Name`, `lang = Name`: the names of the companion enums;
//! - `doc_cfg`: marks feature-gated items with `doc(cfg)` when `docsrs` is
//!   set, for crates whose root says `#![cfg_attr(docsrs, feature(doc_cfg))]`
//!   (docs.rs sets `docsrs`; without that line, leave `doc_cfg` out).
//!
//! Every vendor of the registry, and `lang-TAG` for every language, must be
//! a feature of the crate; the macro says which line to add when one is
//! missing. A registry the macro cannot use is a compile error for each
//! problem, naming the file and line.
//!
//! # Cost
//!
//! Each value's discriminant is its number, and a number's further meanings
//! are numbered above 1000 (`code + 1000 * k`), so `from_u16` is a range
//! check and `code` a remainder. A status is two bytes, and so is
//! `Option<StatusCode>`. Nothing is built at run time.
//!
//! Each fact is a table of its own, written by the generator as constants
//! and linked only by the methods that read it: a program that prints
//! reason phrases carries the reason phrases, one byte per number up to the
//! last standard code to find them and two per row to cut them, and no summary, reference,
//! variant name or translation. Such a program is about 1.9 KB larger than
//! the same program without a status library, against 2.5 to 2.7 KB for
//! `http`'s reason phrases (measured in the repository's `bench/size`).
//! Strings of vendors and languages whose feature is off are not in the
//! binary at all. A retry policy is one byte per number, a table derived
//! from the rows that only programs asking for a policy link.
//!
//! The generator runs at compile time and is compiled by every build that
//! uses the crate: in the clean release build of a small axum service,
//! status-core, the generator, csv-core and the host's `memchr` take about
//! 4 % of the time, measured crate by crate (the repository's
//! `bench/build-cost`).
//!
//! The crate is `#![no_std]` and needs no allocator: it builds for
//! bare-metal targets with every feature but `http` and the `reqwest` and
//! `tower` adapters built on it, which need `std`. On a Cortex-M4F (`thumbv7em-none-eabihf`), a firmware that
//! writes reason phrases grows by about 1.9 KB.
//!
//! # Rust version
//!
//! The crate builds with Rust 1.85 and newer (its `rust-version`); CI builds
//! and tests it with 1.85 itself.
//!
//! # Regenerating
//!
//! [`StatusCode`] is produced by the [`registry`] attribute from
//! `registry.csv`. Editing that file and rebuilding changes the enum; the
//! repository's README describes the columns and how to add a code or a
//! vendor.
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
// One module, `column`, reads strings without checking them again; no
// other may use `unsafe`.
#![deny(unsafe_code)]
#![warn(missing_docs)]

// The generated code reaches the runtime as `::status_core::__private_*`,
// here as in any other crate.
extern crate self as status_core;

mod access;
mod class;
mod code;
mod column;
mod error;
mod index;
mod lang;
mod methods;
mod retry;
mod semantics;
mod status;

#[cfg(feature = "tower")]
extern crate std;

#[cfg(feature = "http")]
mod http_impls;

/// reqwest's built-in retries, classified by the registry's policy.
#[cfg(feature = "reqwest")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
#[path = "adapters/reqwest.rs"]
pub mod reqwest;

#[cfg(feature = "serde")]
mod serde_impls;
/// A `tower` retry policy for `http` requests.
#[cfg(feature = "tower")]
#[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
#[path = "adapters/tower.rs"]
pub mod tower;

pub use class::{ParseClassError, StatusClass};
pub use error::{InvalidStatusCode, ParseStatusError, ParseStatusErrorKind};
pub use lang::Localized;
pub use retry::{decide, is_idempotent, Decision, Retry, RetryAfter, UnixSeconds};
pub use status::Status;

#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub use http_impls::StatusExt;
pub use status_macros::registry;

/// An HTTP status code: one variant for each meaning in the registry, and a
/// value for every other number from 100 to 999.
///
/// Build one from a number with [`StatusCode::from_u16`] or `TryFrom<u16>`,
/// from text with `FromStr`, or name it directly. `Display` writes the status
/// line (`404 Not Found`), `Debug` the variant name (`NotFound`).
#[registry("registry.csv", vendor = Vendor, lang = Lang, doc_cfg)]
pub enum StatusCode {}

// The README's Rust examples run as doctests, so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;

/// What the generated code calls. Not public API: it changes without notice.
#[doc(hidden)]
pub mod __private {
    pub use crate::__status_methods as status_methods;
    pub use crate::__status_tables as status_tables;
    pub use crate::access::*;
    pub use crate::code::{as_str, invalid, out_of_range, parse, unraw};
    pub use crate::column::{Chunk, Column, Texts};
    pub use crate::index::{ordinals, Index, Slot, StandardRows};
    pub use crate::lang::{lookup, negotiate, same_tag, zero_digit};
    pub use crate::semantics::{flags, Dormant};
    pub use crate::status::{Language, Tables};
    pub use crate::Retry;
}

/// The generator reaches [`__private`] by this name, which changes with
/// every release, so that a status-macros of another release fails with an
/// unresolved `__private_*` path that names both versions' mismatch
/// instead of with missing items.
#[doc(hidden)]
pub use __private as __private_0_1_0;
