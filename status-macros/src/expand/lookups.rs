//! The constructors from a number, a vendor's number, or text.

use super::{hidden, runtime, status, Context};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

pub fn lookups(cx: &Context) -> TokenStream {
    let rt = runtime();
    let ident = &cx.target.ident;
    let vendor = &cx.names.vendor;
    let krate = &cx.names.krate;
    let registered = cx
        .registry
        .entries
        .iter()
        .filter(|e| e.is_preferred())
        .map(|entry| {
            let cfg = cx.cfg(entry);
            let (number, name) = (Literal::u16_unsuffixed(entry.row.code), &entry.ident);
            quote!(#cfg #number => Self::#name,)
        });
    let (codes, cfgs) = status::hidden_numbers(cx);
    let numbers = codes.iter().map(|&code| Literal::u16_unsuffixed(code));
    let names = codes.iter().map(|&code| hidden(code));
    quote! {
        impl #ident {
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
            pub const fn from_u16(code: u16) -> ::core::option::Option<Self> {
                // Each value's discriminant is its number, so this compiles
                // to a range check.
                ::core::option::Option::Some(match code {
                    #(#registered)*
                    #(#cfgs #numbers => Self::#names,)*
                    _ => return ::core::option::Option::None,
                })
            }

            /// The status a vendor means by a number: the vendor's own row
            /// for it if there is one, else what [`Self::from_u16`] gives.
            #[must_use]
            pub const fn from_vendor(vendor: #vendor, code: u16) -> ::core::option::Option<Self> {
                match TABLE.find(code, vendor_index(vendor)) {
                    ::core::option::Option::Some(position) => ::core::option::Option::Some(Self::ALL[position]),
                    ::core::option::Option::None => Self::from_u16(code),
                }
            }

            /// Every enabled meaning of a number, the preferred one first,
            /// then the others in registry order; empty for an unregistered
            /// number.
            #[must_use]
            pub const fn meanings(code: u16) -> &'static [Self] {
                #rt::subslice(Self::ALL, TABLE.meanings(code))
            }

            /// Parses exactly three ASCII digits, such as `b"404"`, into the
            /// status [`Self::from_u16`] gives for that number.
            ///
            /// # Errors
            ///
            /// When the input is not three ASCII digits, or they are below
            /// 100; the error says what was wrong.
            #[inline]
            pub const fn from_bytes(bytes: &[u8]) -> ::core::result::Result<Self, #krate::ParseStatusError> {
                match #rt::parse(bytes) {
                    ::core::result::Result::Ok(code) => match Self::from_u16(code) {
                        ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                        ::core::option::Option::None => ::core::result::Result::Err(
                            #rt::ParseStatusError::OutOfRange(#rt::invalid(code)),
                        ),
                    },
                    ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
                }
            }
        }
    }
}
