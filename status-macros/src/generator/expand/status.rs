//! The status enum, its constructor from a number, and its aliases.

use super::{derive, hidden, Context, STATUS_DERIVES};
use crate::check::Entry;
use crate::docs;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// The enum: each registry row's variant in code order, the preferred
/// meaning of a number with the number as discriminant and the others
/// after it; then a hidden variant for each number no row always takes,
/// behind the opposite `cfg` when a vendor's row takes it with its feature
/// (`unregistered`, as [`hidden_numbers`] gives them).
pub fn definition(cx: &Context, unregistered: &[(u16, TokenStream)]) -> TokenStream {
    let target = cx.target;
    let (attrs, vis, ident) = (&target.attrs, &target.vis, &target.ident);
    // Features add variants, so the enum is always non-exhaustive; a user's
    // own `#[non_exhaustive]` is kept rather than repeated.
    let non_exhaustive = (!attrs.iter().any(|a| a.path().is_ident("non_exhaustive")))
        .then(|| quote!(#[non_exhaustive]));
    let mut variants = TokenStream::new();
    for entry in &cx.registry.entries {
        variants.extend(variant(cx, entry));
    }
    for (code, cfg) in unregistered {
        let (name, disc) = (hidden(*code), Literal::u16_unsuffixed(*code));
        variants.extend(quote!(#[doc(hidden)] #cfg #name = #disc,));
    }
    let derive = derive(STATUS_DERIVES);
    quote! {
        #(#attrs)*
        #derive
        #[repr(u16)]
        #non_exhaustive
        #vis enum #ident {
            #variants
        }
    }
}

/// The numbers that need a hidden variant in some build, each with the
/// `cfg` under which it does: always when no row prefers the number,
/// `not(feature)` when a vendor's row does.
// A loop rather than `filter_map` and `unzip` (see the generator's module
// docs).
pub fn hidden_numbers(cx: &Context) -> Vec<(u16, TokenStream)> {
    let mut hidden = Vec::new();
    for code in 100..=999u16 {
        match cx.registry.preferred(code) {
            None => hidden.push((code, TokenStream::new())),
            Some(entry) => {
                if let Some(feature) = &entry.row.vendor {
                    hidden.push((code, quote!(#[cfg(not(feature = #feature))])));
                }
            }
        }
    }
    hidden
}

fn variant(cx: &Context, entry: &Entry) -> TokenStream {
    let cfg = cx.cfg(entry);
    let doc_cfg = entry
        .row
        .vendor
        .as_deref()
        .map(|feature| cx.doc_gate(feature));
    let doc = docs::variant_doc(entry, cx.registry);
    let code = entry.row.code.to_string();
    let reason = &entry.row.reason;
    let name = &entry.ident;
    let disc = Literal::u16_unsuffixed(entry.disc);
    // rustdoc refuses quotes in search aliases and aliases equal to the name.
    let reason_alias =
        (!reason.contains(['\'', '"']) && *name != reason).then(|| quote!(#[doc(alias = #reason)]));
    quote! {
        #[doc = #doc]
        #[doc(alias = #code)]
        #reason_alias
        #cfg
        #doc_cfg
        #name = #disc,
    }
}

/// `value_of`, which `from_u16` calls: a `match` in which each value's
/// number is its discriminant, so that it compiles to a range check. The
/// hidden variants are `unregistered`, as [`hidden_numbers`] gives them.
pub fn from_u16(cx: &Context, unregistered: &[(u16, TokenStream)]) -> TokenStream {
    let ident = &cx.target.ident;
    let mut arms = TokenStream::new();
    for entry in &cx.registry.entries {
        if entry.is_preferred() {
            let cfg = cx.cfg(entry);
            let (number, name) = (Literal::u16_unsuffixed(entry.row.code), &entry.ident);
            arms.extend(quote!(#cfg #number => #ident::#name,));
        }
    }
    for (code, cfg) in unregistered {
        let (number, name) = (Literal::u16_unsuffixed(*code), hidden(*code));
        arms.extend(quote!(#cfg #number => #ident::#name,));
    }
    quote! {
        #[inline]
        const fn value_of(code: ::core::primitive::u16) -> ::core::option::Option<#ident> {
            ::core::option::Option::Some(match code {
                #arms
                _ => return ::core::option::Option::None,
            })
        }
    }
}

/// Deprecated associated constants for former names from the `Aliases`
/// column; they work in expressions and in patterns.
pub fn aliases(cx: &Context) -> TokenStream {
    let mut consts = TokenStream::new();
    for entry in &cx.registry.entries {
        let cfg = cx.cfg(entry);
        let current = &entry.ident;
        for alias in &entry.aliases {
            let doc = format!("Former name of [`Self::{current}`].");
            let note = format!("renamed to `{current}`");
            consts.extend(quote! {
                #[doc = #doc]
                #[deprecated(note = #note)]
                #cfg
                pub const #alias: Self = Self::#current;
            });
        }
    }
    if consts.is_empty() {
        return TokenStream::new();
    }
    let ident = &cx.target.ident;
    quote! {
        #[allow(non_upper_case_globals)]
        impl #ident {
            #consts
        }
    }
}
