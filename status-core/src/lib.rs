//! HTTP status codes as a typed enum, generated at compile time from the
//! registry file `registry.csv`.
//!
//! [`StatusCode`] has one variant per meaning of a code: every code of the
//! IANA registry, and, behind Cargo features, the non-standard codes of
//! vendors such as nginx and Cloudflare. Each variant's documentation gives
//! its code, reason phrase, summary and RFC reference.
//!
//! ```
//! use status_core::{StatusClass, StatusCode};
//!
//! let status: StatusCode = "404".parse().unwrap();
//! assert_eq!(status, StatusCode::NotFound);
//! assert_eq!(status.code(), 404);
//! assert_eq!(status.reason(), "Not Found");
//! assert_eq!(status.to_string(), "404 Not Found");
//! assert_eq!(status.class(), StatusClass::ClientError);
//!
//! // Numbers off the wire: unknown ones are an error that keeps the number.
//! let error = StatusCode::try_from(299).unwrap_err();
//! assert_eq!(error.code(), 299);
//! ```
//!
//! # Features
//!
//! No feature is on by default; each one adds the variants of a vendor.
//!
//! | Feature      | Codes                                                  |
//! |--------------|--------------------------------------------------------|
//! | `nginx`      | 444, 495, 496, 497, 499                                |
//! | `cloudflare` | 520 to 527                                             |
//! | `iis`        | 440, 449, 451 (Redirect)                               |
//! | `unofficial` | 103 (Checkpoint), 598, and all of the features below   |
//! | `spring`     | 420 (Method Failure)                                   |
//! | `twitter`    | 420 (Enhance Your Calm)                                |
//! | `microsoft`  | 450                                                    |
//! | `esri`       | 498, 499 (Token Required)                              |
//! | `apache`     | 509                                                    |
//! | `pantheon`   | 530                                                    |
//!
//! Languages are features too: `lang-bn` adds Bengali texts, read from the
//! registry's `Description@bn` and `Summary@bn` columns.
//!
//! ```
//! use status_core::{Lang, StatusCode};
//!
//! // English is always there; the wire format stays English.
//! assert_eq!(StatusCode::NotFound.reason_in(Lang::En), "Not Found");
//!
//! // A server picks the language from the request's Accept-Language header.
//! let lang = Lang::from_accept_language("bn-BD, en;q=0.5").unwrap_or(Lang::En);
//! # #[cfg(feature = "lang-bn")]
//! # {
//! assert_eq!(lang, Lang::Bn);
//! assert_eq!(StatusCode::NotFound.localized(lang).to_string(), "৪০৪ পাওয়া যায়নি");
//! # }
//! # #[cfg(not(feature = "lang-bn"))]
//! # assert_eq!(lang, Lang::En);
//! ```
//!
//! Two more features connect the type to the ecosystem:
//!
//! | Feature | Adds                                                                   |
//! |---------|------------------------------------------------------------------------|
//! | `serde` | `Serialize` as the number; `Deserialize` from a number or `"404"`      |
//! | `http`  | `From<StatusCode> for http::StatusCode`, `TryFrom` back, `PartialEq` both ways |
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
//! # Codes with several meanings
//!
//! A number may mean different things to different vendors (103, 420, 451,
//! 499). Each meaning is its own variant. [`StatusCode::from_u16`],
//! `TryFrom<u16>` and `FromStr` choose the standard meaning when there is
//! one, otherwise the enabled vendor row that comes first in the registry;
//! [`StatusCode::meanings`] lists every enabled meaning in that order.
//!
//! ```
//! use status_core::StatusCode;
//!
//! // 451 is standard; with the `iis` feature it also means IIS's Redirect.
//! assert_eq!(StatusCode::from_u16(451), Some(StatusCode::UnavailableForLegalReasons));
//! assert_eq!(StatusCode::meanings(451)[0], StatusCode::UnavailableForLegalReasons);
//! ```
//!
//! # Cost
//!
//! Every lookup is a `match` compiled into the binary; nothing is built at
//! run time. A status is two bytes, and so is `Option<StatusCode>`. Strings of
//! vendors whose feature is off are not in the binary at all. The crate is
//! `#![no_std]` and needs no allocator: it builds for bare-metal targets with
//! every feature but `http`, whose crate needs `std`.
//!
//! # Rust version
//!
//! The crate builds with Rust 1.85 and newer (its `rust-version`); CI builds
//! and tests it with 1.85 itself.
//!
//! # Regenerating
//!
//! The enum is produced by the [`status_macros::registry`] attribute from
//! `registry.csv`. Editing that file and rebuilding changes the enum; the
//! repository's README describes the columns and how to add a code or a
//! vendor.
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

/// An HTTP status code: one variant for each meaning in the registry.
///
/// Build one from a number with [`StatusCode::from_u16`] or `TryFrom<u16>`,
/// from text with `FromStr`, or name it directly. `Display` writes the status
/// line (`404 Not Found`), `Debug` the variant name (`NotFound`).
#[status_macros::registry("registry.csv")]
pub enum StatusCode {}

#[cfg(feature = "http")]
mod http_impls;
#[cfg(feature = "serde")]
mod serde_impls;
