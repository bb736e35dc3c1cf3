//! The two companion enums of a status enum: who defines a status (the
//! standard, or a vendor behind its feature) and the languages of its
//! texts (English, and each language behind its `lang-*` feature).
//!
//! Both have a first variant that is always there and one variant per
//! feature of the registry, so that a variant's position among the enabled
//! ones is its discriminant; status-core reads the columns of the registry
//! by that position.

use super::{derive, Context, TRAITS};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// A variant behind a feature, with its documentation.
struct Gated<'a> {
    ident: &'a Ident,
    feature: &'a str,
    doc: String,
}

/// The vendor enum and the language enum.
pub fn definitions(cx: &Context) -> TokenStream {
    let status = &cx.target.ident;
    let mut vendors = Vec::new();
    for vendor in &cx.registry.vendors {
        vendors.push(Gated {
            ident: &vendor.ident,
            feature: &vendor.feature,
            doc: format!(
                "Codes defined by `{0}`; enabled by the `{0}` feature.",
                vendor.feature
            ),
        });
    }
    let mut languages = Vec::new();
    for language in &cx.registry.languages {
        languages.push(Gated {
            ident: &language.ident,
            feature: &language.feature,
            doc: format!(
                "Texts in `{0}`, from the registry's `Description@{0}` and `Summary@{0}` columns; needs the `{1}` feature.",
                language.tag, language.feature
            ),
        });
    }
    let vendor = companion(
        cx,
        &cx.names.vendor,
        format!("Who defines a [`{status}`]: the standard, or a vendor whose codes are behind a Cargo feature."),
        quote! {
            /// Codes of the IANA registry (rows with an empty `Vendor` cell).
            Standard,
        },
        &vendors,
    );
    let lang = companion(
        cx,
        &cx.names.lang,
        format!("A language of the texts of [`{status}`]: English, and each language of the registry whose feature is on."),
        quote! {
            /// English: the registry's `Description` and `Summary` columns.
            En,
        },
        &languages,
    );
    quote!(#vendor #lang)
}

// The variants come as a slice, so that the function is compiled once
// rather than once for each iterator type.
fn companion(
    cx: &Context,
    ident: &Ident,
    doc: String,
    first: TokenStream,
    gated: &[Gated],
) -> TokenStream {
    let vis = &cx.target.vis;
    let derive = derive(TRAITS.len());
    let mut variants = TokenStream::new();
    for Gated {
        ident,
        feature,
        doc,
    } in gated
    {
        let gate = cx.gate(feature);
        variants.extend(quote! {
            #[doc = #doc]
            #gate
            #ident,
        });
    }
    quote! {
        #[doc = #doc]
        #derive
        #[non_exhaustive]
        #vis enum #ident {
            #first
            #variants
        }
    }
}

/// `VENDOR_VALUES` and `LANG_VALUES`, every enabled variant of each
/// companion in order, which become their `ALL`.
pub fn lists(cx: &Context) -> TokenStream {
    let (vendor, lang) = (&cx.names.vendor, &cx.names.lang);
    let mut vendors = TokenStream::new();
    for v in &cx.registry.vendors {
        let (feature, ident) = (&v.feature, &v.ident);
        vendors.extend(quote!(#[cfg(feature = #feature)] #vendor::#ident,));
    }
    let mut languages = TokenStream::new();
    for l in &cx.registry.languages {
        let (feature, ident) = (&l.feature, &l.ident);
        languages.extend(quote!(#[cfg(feature = #feature)] #lang::#ident,));
    }
    quote! {
        const VENDOR_VALUES: &[#vendor] = &[#vendor::Standard, #vendors];
        const LANG_VALUES: &[#lang] = &[#lang::En, #languages];
    }
}
