//! Emitting what depends on the registry.
//!
//! The status enum and its vendor and language enums are items of the
//! user's module. Everything else sits in one `const _: () = { ... };`
//! block, so that no generated helper shares a namespace with the user's
//! items: the data of the registry (the columns, `from_u16`'s match, the
//! lists of values) and two invocations of status-core's macros:
//! `status_tables!`, which makes the columns the `Tables` impl, and
//! `status_methods!`, which writes the methods and trait impls that do not
//! depend on the registry. Paths go through `::core` and the runtime's
//! private module only, so the output works in `#![no_std]` crates and under
//! `#![no_implicit_prelude]`.

mod companions;
mod data;
mod status;

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
        cfg(entry.row.vendor.as_deref())
    }

    /// `#[cfg(feature = "...")]` for the group `group`: nothing for the
    /// standard rows (group 0), the vendor's feature for the others.
    fn group_cfg(&self, group: usize) -> TokenStream {
        match group.checked_sub(1) {
            Some(vendor) => cfg(Some(&self.registry.vendors[vendor].feature)),
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

    /// The groups of the registry: the standard rows, then each vendor's.
    fn groups(&self) -> std::ops::Range<usize> {
        0..self.registry.vendors.len() + 1
    }
}

/// `#[cfg(feature = "...")]` when there is a feature.
fn cfg(feature: Option<&str>) -> TokenStream {
    match feature {
        Some(feature) => quote!(#[cfg(feature = #feature)]),
        None => TokenStream::new(),
    }
}

/// The traits of the generated enums, as paths under `::core`. The
/// companion enums derive all of them; the status enum derives the first
/// [`STATUS_DERIVES`] and gets the others from status-core's methods, which
/// order statuses by code and debug them by name.
pub const TRAITS: [&str; 8] = [
    "clone::Clone",
    "marker::Copy",
    "cmp::PartialEq",
    "cmp::Eq",
    "hash::Hash",
    "cmp::PartialOrd",
    "cmp::Ord",
    "fmt::Debug",
];

/// How many of [`TRAITS`] the status enum derives.
const STATUS_DERIVES: usize = 5;

/// `#[derive(...)]` of the first `count` of [`TRAITS`].
fn derive(count: usize) -> TokenStream {
    let paths = TRAITS[..count].iter().map(|path| {
        let segments = path.split("::").map(|segment| format_ident!("{segment}"));
        quote!(::core #(::#segments)*)
    });
    quote!(#[derive(#(#paths),*)])
}

/// The name of the hidden variant that holds an unregistered `code`.
fn hidden(code: u16) -> Ident {
    format_ident!("__{}", code)
}

/// The runtime's private module, as the `const` block names it.
fn runtime() -> Ident {
    format_ident!("__status")
}

/// The name under which status-core offers its private module to this
/// version of the generator: `__private_0_1_0` for 0.1.0.
fn private_module() -> Ident {
    format_ident!(
        "__private_{}_{}_{}",
        env!("CARGO_PKG_VERSION_MAJOR"),
        env!("CARGO_PKG_VERSION_MINOR"),
        env!("CARGO_PKG_VERSION_PATCH")
    )
}

/// Generates every item for `target` from `registry`. `tracked_file` is the
/// absolute path of the registry, included so that cargo rebuilds the crate
/// when the file changes, or `None` when there is no file to track.
pub fn expand(cx: &Context, tracked_file: Option<&str>) -> TokenStream {
    let krate = &cx.names.krate;
    let private = private_module();
    let rt = runtime();
    let (status, vendor, lang) = (&cx.target.ident, &cx.names.vendor, &cx.names.lang);
    // The enum and `value_of` name the same hidden variants.
    let unregistered = status::hidden_numbers(cx);
    let definition = status::definition(cx, &unregistered);
    let companions = companions::definitions(cx);
    let lists = companions::lists(cx);
    let from_u16 = status::from_u16(cx, &unregistered);
    let aliases = status::aliases(cx);
    let tables = data::tables(cx);
    let track = tracked_file.map(|file| {
        quote!(
            const _: &[::core::primitive::u8] = ::core::include_bytes!(#file);
        )
    });
    quote! {
        #definition
        #companions
        const _: () = {
            use #krate::#private as #rt;
            #tables
            #from_u16
            #lists
            #aliases
            #rt::status_methods!(#status, #vendor, #lang, value_of, VENDOR_VALUES, LANG_VALUES);
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
    fn names_prelude_items_and_primitives_by_their_core_paths() {
        let file = expand_csv("Value,Description,Reference,Vendor,Description@bn\n200,Fine,,,ঠিক\n499,Closed,,nginx,\n");
        let mut tokens = Vec::new();
        flatten(quote!(#file), &mut tokens);
        // A user type named like a primitive (`enum u16 {}`) would shadow a
        // bare primitive name.
        let prelude = [
            "Option", "Some", "None", "Result", "Ok", "Err", "matches", "Into", "From", "u8",
            "u16", "u32", "u64", "usize", "str", "bool", "char",
        ];
        for (index, token) in tokens.iter().enumerate() {
            let proc_macro2::TokenTree::Ident(ident) = token else {
                continue;
            };
            if prelude.iter().any(|name| ident == name) {
                // `type Err = ...` names an associated type of `FromStr`, and
                // `#[repr(u16)]` is no path.
                let colon = |at: usize| matches!(&tokens[at], proc_macro2::TokenTree::Punct(p) if p.as_char() == ':');
                // After a path separator `::` (a `:` alone is a type
                // ascription, as in `code: u16`, where the bare name would
                // be shadowed).
                let reached = (index > 1 && colon(index - 1) && colon(index - 2))
                    || (index > 0
                        && matches!(&tokens[index - 1], proc_macro2::TokenTree::Ident(word) if word == "type" || word == "repr"));
                assert!(reached, "`{ident}` is not reached through a path");
            }
        }
    }
}
