//! Emitting what depends on the registry.
//!
//! The status enum and its vendor and language enums are items of the
//! user's module. Everything else (the row table, the impls, the helpers)
//! sits in one `const _: () = { ... };` block, so that no generated helper
//! shares a namespace with the user's items. Paths go through `::core` and
//! the runtime's `__private` module only, so the output works in `#![no_std]`
//! crates and under `#![no_implicit_prelude]`. What does not depend on the
//! registry is ordinary code in the runtime, status-core.

mod languages;
mod lookups;
mod status;
mod traits;
mod vendors;

use crate::attr::{Names, Target};
use crate::check::{Entry, Registry};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// What every part of the expansion reads.
pub struct Context<'a> {
    pub target: &'a Target,
    pub names: &'a Names,
    pub registry: &'a Registry,
    /// Whether to emit `#[cfg_attr(docsrs, doc(cfg(...)))]`.
    pub doc_cfg: bool,
}

impl Context<'_> {
    /// `#[cfg(feature = "...")]` for a vendor row; nothing for a standard one.
    fn cfg(&self, entry: &Entry) -> TokenStream {
        match &entry.row.vendor {
            Some(feature) => quote!(#[cfg(feature = #feature)]),
            None => TokenStream::new(),
        }
    }

    /// `cfg(feature)` and, when the crate asked for it, its `doc(cfg)`.
    fn gate(&self, feature: &str) -> TokenStream {
        let doc = self.doc_gate(feature);
        quote!(#[cfg(feature = #feature)] #doc)
    }

    fn doc_gate(&self, feature: &str) -> TokenStream {
        if self.doc_cfg {
            quote!(#[cfg_attr(docsrs, doc(cfg(feature = #feature)))])
        } else {
            TokenStream::new()
        }
    }
}

/// `#[cfg(feature = "...")]` for each of `features`, in order.
fn feature_cfgs<'a>(features: impl Iterator<Item = &'a str>) -> Vec<TokenStream> {
    features
        .map(|feature| quote!(#[cfg(feature = #feature)]))
        .collect()
}

/// The name of the hidden variant that holds an unregistered `code`.
fn hidden(code: u16) -> Ident {
    format_ident!("__{}", code)
}

/// The runtime's private module, as the `const` block names it.
fn runtime() -> Ident {
    format_ident!("__status")
}

/// Generates every item for `target` from `registry`. `tracked_file` is the
/// absolute path of the registry, included so that cargo rebuilds the crate
/// when the file changes.
pub fn expand(cx: &Context, tracked_file: &str) -> TokenStream {
    let krate = &cx.names.krate;
    let rt = runtime();
    let status = status::definition(cx);
    let vendor = vendors::definition(cx);
    let lang = languages::definition(cx);
    let table = status::table(cx);
    let accessors = status::accessors(cx);
    let lookups = lookups::lookups(cx);
    let aliases = status::aliases(cx);
    let traits = traits::impls(cx);
    let vendor_impls = vendors::impls(cx);
    let lang_impls = languages::impls(cx);
    let texts = languages::texts(cx);
    let track = (!tracked_file.is_empty()).then(|| {
        quote!(
            const _: &[u8] = ::core::include_bytes!(#tracked_file);
        )
    });
    quote! {
        #status
        #vendor
        #lang
        const _: () = {
            use #krate::__private as #rt;
            #table
            #accessors
            #lookups
            #texts
            #aliases
            #traits
            #vendor_impls
            #lang_impls
            #track
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline;

    /// The expansion of `csv` on `pub enum StatusCode {}`, as a file.
    pub fn expand_csv(csv: &str) -> syn::File {
        let tokens = pipeline::expand_bytes(csv.as_bytes()).expect("a valid registry");
        syn::parse2(tokens).expect("the expansion parses as Rust")
    }

    #[test]
    fn defines_three_items_and_one_private_block() {
        let file = expand_csv("Value,Description,Reference\n200,OK,\n");
        let kinds: Vec<String> = file
            .items
            .iter()
            .map(|item| match item {
                syn::Item::Enum(e) => format!("enum {}", e.ident),
                syn::Item::Const(c) => format!(
                    "const {}",
                    quote!(#c)
                        .to_string()
                        .split_whitespace()
                        .nth(1)
                        .unwrap_or("")
                ),
                other => format!("{}", quote!(#other)),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "enum StatusCode",
                "enum StatusCodeVendor",
                "enum StatusCodeLang",
                "const _"
            ]
        );
    }

    /// Every token of `tokens`, groups opened.
    fn flatten(tokens: TokenStream, into: &mut Vec<proc_macro2::TokenTree>) {
        for token in tokens {
            match token {
                proc_macro2::TokenTree::Group(group) => flatten(group.stream(), into),
                other => into.push(other),
            }
        }
    }

    #[test]
    fn names_prelude_items_by_their_core_paths() {
        let file = expand_csv("Value,Description,Reference,Vendor,Description@bn\n200,Fine,,,ঠিক\n499,Closed,,nginx,\n");
        let mut tokens = Vec::new();
        flatten(quote!(#file), &mut tokens);
        let prelude = [
            "Option", "Some", "None", "Result", "Ok", "Err", "matches", "Into", "From",
        ];
        for (index, token) in tokens.iter().enumerate() {
            let proc_macro2::TokenTree::Ident(ident) = token else {
                continue;
            };
            if prelude.iter().any(|name| ident == name) {
                // `type Err = ...` names an associated type of `FromStr`.
                let reached = index > 0
                    && match &tokens[index - 1] {
                        proc_macro2::TokenTree::Punct(p) => p.as_char() == ':',
                        proc_macro2::TokenTree::Ident(word) => word == "type",
                        _ => false,
                    };
                assert!(reached, "`{ident}` is not reached through a path");
            }
        }
    }
}
