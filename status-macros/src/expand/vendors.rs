//! The vendor enum: the standard and one variant per vendor of the
//! registry, each behind its feature.

use super::{feature_cfgs, Context};
use crate::check::Vendor;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

pub fn definition(cx: &Context) -> TokenStream {
    let vis = &cx.target.vis;
    let (status, vendor) = (&cx.target.ident, &cx.names.vendor);
    let variants = cx.registry.vendors.iter().map(|Vendor { feature, ident }| {
        let doc = format!("Codes defined by `{feature}`; enabled by the `{feature}` feature.");
        let gate = cx.gate(feature);
        quote! {
            #[doc = #doc]
            #gate
            #ident,
        }
    });
    let doc = format!("Who defines a [`{status}`]: the standard, or a vendor whose codes are behind a Cargo feature.");
    quote! {
        #[doc = #doc]
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash, ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::fmt::Debug)]
        #[non_exhaustive]
        #vis enum #vendor {
            /// Codes of the IANA registry (rows with an empty `Vendor` cell).
            Standard,
            #(#variants)*
        }
    }
}

/// The vendor enum's methods, and the two conversions between its variants
/// and the vendor numbers of the row table.
pub fn impls(cx: &Context) -> TokenStream {
    let vendor = &cx.names.vendor;
    let vendors = &cx.registry.vendors;
    let cfgs = feature_cfgs(vendors.iter().map(|v| v.feature.as_str()));
    let idents: Vec<_> = vendors.iter().map(|v| &v.ident).collect();
    let features: Vec<&str> = vendors.iter().map(|v| v.feature.as_str()).collect();
    let numbers: Vec<Literal> = (1..=vendors.len())
        .map(|i| Literal::u8_unsuffixed(u8::try_from(i).unwrap_or(u8::MAX)))
        .collect();
    quote! {
        impl #vendor {
            /// The standard and every enabled vendor, in registry order.
            pub const ALL: &'static [Self] = &[Self::Standard, #(#cfgs Self::#idents,)*];

            /// The Cargo feature that enables this vendor's codes; `None`
            /// for the standard.
            #[must_use]
            pub const fn feature(self) -> ::core::option::Option<&'static str> {
                match self {
                    Self::Standard => ::core::option::Option::None,
                    #(#cfgs Self::#idents => ::core::option::Option::Some(#features),)*
                }
            }

            /// The vendor's name: its feature, or `"standard"`.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self.feature() {
                    ::core::option::Option::Some(feature) => feature,
                    ::core::option::Option::None => "standard",
                }
            }
        }

        impl ::core::fmt::Display for #vendor {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.name())
            }
        }

        const fn vendor_at(index: u8) -> ::core::option::Option<#vendor> {
            match index {
                0 => ::core::option::Option::Some(#vendor::Standard),
                #(#cfgs #numbers => ::core::option::Option::Some(#vendor::#idents),)*
                _ => ::core::option::Option::None,
            }
        }

        const fn vendor_index(vendor: #vendor) -> u8 {
            match vendor {
                #vendor::Standard => 0,
                #(#cfgs #vendor::#idents => #numbers,)*
            }
        }
    }
}
