//! The standard traits, and the runtime's `Status` trait.

use super::{runtime, Context};
use proc_macro2::TokenStream;
use quote::quote;

pub fn impls(cx: &Context) -> TokenStream {
    let rt = runtime();
    let ident = &cx.target.ident;
    let krate = &cx.names.krate;
    let name = ident.to_string();
    quote! {
        impl ::core::fmt::Display for #ident {
            /// Writes the status line, e.g. `404 Not Found`, or only the
            /// code for an unregistered number.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.status_line())
            }
        }

        impl ::core::fmt::Debug for #ident {
            /// Writes the variant's name, e.g. `NotFound`, or the number of
            /// an unregistered value, e.g. `StatusCode(299)`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match TABLE.name(*self as u16) {
                    ::core::option::Option::Some(name) => f.write_str(name),
                    ::core::option::Option::None => f.debug_tuple(#name).field(&self.code()).finish(),
                }
            }
        }

        impl ::core::cmp::Ord for #ident {
            /// By code; the meanings of one code in the order of `ALL`.
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&(self.code(), *self as u16), &(other.code(), *other as u16))
            }
        }

        impl ::core::cmp::PartialOrd for #ident {
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        impl ::core::convert::From<#ident> for u16 {
            #[inline]
            fn from(status: #ident) -> u16 {
                status.code()
            }
        }

        impl ::core::convert::TryFrom<u16> for #ident {
            type Error = #krate::InvalidStatusCode;

            /// Any number from 100 to 999, as [`Self::from_u16`].
            #[inline]
            fn try_from(code: u16) -> ::core::result::Result<Self, #krate::InvalidStatusCode> {
                match Self::from_u16(code) {
                    ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                    ::core::option::Option::None => ::core::result::Result::Err(#rt::invalid(code)),
                }
            }
        }

        impl ::core::str::FromStr for #ident {
            type Err = #krate::ParseStatusError;

            /// Exactly three ASCII digits, as [`Self::from_bytes`].
            #[inline]
            fn from_str(text: &str) -> ::core::result::Result<Self, #krate::ParseStatusError> {
                Self::from_bytes(text.as_bytes())
            }
        }

        impl ::core::convert::TryFrom<&str> for #ident {
            type Error = #krate::ParseStatusError;

            /// The same as `FromStr`: exactly three ASCII digits.
            #[inline]
            fn try_from(text: &str) -> ::core::result::Result<Self, #krate::ParseStatusError> {
                Self::from_bytes(text.as_bytes())
            }
        }

        impl ::core::convert::TryFrom<&[u8]> for #ident {
            type Error = #krate::ParseStatusError;

            /// The same as [`Self::from_bytes`]: exactly three ASCII digits.
            #[inline]
            fn try_from(bytes: &[u8]) -> ::core::result::Result<Self, #krate::ParseStatusError> {
                Self::from_bytes(bytes)
            }
        }

        impl ::core::cmp::PartialEq<u16> for #ident {
            #[inline]
            fn eq(&self, code: &u16) -> bool {
                self.code() == *code
            }
        }

        impl ::core::cmp::PartialEq<#ident> for u16 {
            #[inline]
            fn eq(&self, status: &#ident) -> bool {
                *self == status.code()
            }
        }

        impl #rt::Sealed for #ident {}

        impl #krate::Status for #ident {
            const ALL: &'static [Self] = #ident::ALL;

            fn from_u16(code: u16) -> ::core::option::Option<Self> {
                #ident::from_u16(code)
            }

            fn meanings(code: u16) -> &'static [Self] {
                #ident::meanings(code)
            }

            fn code(self) -> u16 {
                #ident::code(self)
            }

            fn reason(self) -> ::core::option::Option<&'static str> {
                #ident::reason(self)
            }

            fn status_line(self) -> &'static str {
                #ident::status_line(self)
            }

            fn summary(self) -> ::core::option::Option<&'static str> {
                #ident::summary(self)
            }

            fn reference(self) -> ::core::option::Option<&'static str> {
                #ident::reference(self)
            }

            fn is_registered(self) -> bool {
                #ident::is_registered(self)
            }

            fn is_standard(self) -> bool {
                #ident::is_standard(self)
            }

            fn vendor_feature(self) -> ::core::option::Option<&'static str> {
                match #ident::vendor(self) {
                    ::core::option::Option::Some(vendor) => vendor.feature(),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            fn allows_content(self) -> bool {
                #ident::allows_content(self)
            }

            fn is_cacheable_by_default(self) -> bool {
                #ident::is_cacheable_by_default(self)
            }

            fn is_transient(self) -> bool {
                #ident::is_transient(self)
            }

            fn required_headers(self) -> &'static [&'static str] {
                #ident::required_headers(self)
            }

            fn suggested_headers(self) -> &'static [&'static str] {
                #ident::suggested_headers(self)
            }

            fn class(self) -> #krate::StatusClass {
                #ident::class(self)
            }
        }
    }
}
