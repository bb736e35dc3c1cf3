//! The status enum, its row table, and the accessors that read the table.

use super::{hidden, runtime, Context};
use crate::check::Entry;
use crate::docs;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// The enum: each registry row's variant in code order, the preferred
/// meaning of a number with the number as discriminant and the others
/// after it; then a hidden variant for each number no row always takes,
/// behind the opposite `cfg` when a vendor's row takes it with its feature.
pub fn definition(cx: &Context) -> TokenStream {
    let target = cx.target;
    let (attrs, vis, ident) = (&target.attrs, &target.vis, &target.ident);
    // Features add variants, so the enum is always non-exhaustive; a user's
    // own `#[non_exhaustive]` is kept rather than repeated.
    let non_exhaustive = (!attrs.iter().any(|a| a.path().is_ident("non_exhaustive")))
        .then(|| quote!(#[non_exhaustive]));
    let variants = cx.registry.entries.iter().map(|entry| variant(cx, entry));
    let (codes, cfgs) = hidden_numbers(cx);
    let names = codes.iter().map(|&code| hidden(code));
    let discs = codes.iter().map(|&code| Literal::u16_unsuffixed(code));
    quote! {
        #(#attrs)*
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        #[repr(u16)]
        #non_exhaustive
        #vis enum #ident {
            #(#variants)*
            #(#[doc(hidden)] #cfgs #names = #discs,)*
        }
    }
}

/// The numbers that need a hidden variant in some build, each with the
/// `cfg` under which it does: always when no row prefers the number,
/// `not(feature)` when a vendor's row does.
pub fn hidden_numbers(cx: &Context) -> (Vec<u16>, Vec<TokenStream>) {
    (100..=999u16)
        .filter_map(|code| match cx.registry.preferred(code) {
            None => Some((code, TokenStream::new())),
            Some(entry) => entry
                .row
                .vendor
                .as_ref()
                .map(|feature| (code, quote!(#[cfg(not(feature = #feature))]))),
        })
        .unzip()
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

/// The rows of the enabled entries in the order of `ALL`, the table that
/// indexes them, and `ALL` itself.
pub fn table(cx: &Context) -> TokenStream {
    let rt = runtime();
    let slots = Literal::usize_unsuffixed(cx.registry.slots());
    let rows = cx.registry.entries.iter().map(|entry| {
        let cfg = cx.cfg(entry);
        let row = &entry.row;
        let disc = Literal::u16_unsuffixed(entry.disc);
        let vendor = Literal::u8_unsuffixed(entry.vendor);
        let name = entry.ident.to_string();
        let line = format!("{} {}", row.code, row.reason);
        let (reason, summary, reference) = (&row.reason, &row.summary, &row.reference);
        let texts = row
            .translations
            .iter()
            .zip(&cx.registry.languages)
            .map(|(text, language)| {
                let feature = &language.feature;
                let reason = optional(text.reason.as_deref());
                let summary = optional(text.summary.as_deref());
                quote!(#[cfg(feature = #feature)] #rt::Text { reason: #reason, summary: #summary },)
            });
        let semantics = semantics(&row.semantics);
        quote! {
            #cfg
            #rt::Row {
                disc: #disc,
                vendor: #vendor,
                name: #name,
                reason: #reason,
                line: #line,
                summary: #summary,
                reference: #reference,
                texts: &[#(#texts)*],
                semantics: #semantics,
            },
        }
    });
    quote! {
        const ROWS: &[#rt::Row] = &[#(#rows)*];
        const TABLE: &#rt::Table<#slots> = &#rt::Table::new(ROWS);
    }
}

/// A row's semantics, or the runtime's all-default value when every cell is
/// empty (as in IANA's file).
fn semantics(semantics: &crate::read::Semantics) -> TokenStream {
    let rt = runtime();
    if *semantics == crate::read::Semantics::default() {
        return quote!(#rt::Semantics::DEFAULT);
    }
    let flag = |value: Option<bool>| match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    };
    let (content, cacheable, transient) = (
        flag(semantics.content),
        flag(semantics.cacheable),
        flag(semantics.transient),
    );
    let (required, suggested) = (&semantics.required, &semantics.suggested);
    quote! {
        #rt::Semantics::new(#content, #cacheable, #transient, &[#(#required),*], &[#(#suggested),*])
    }
}

fn optional(text: Option<&str>) -> TokenStream {
    match text {
        Some(text) => quote!(::core::option::Option::Some(#text)),
        None => quote!(::core::option::Option::None),
    }
}

/// `ALL` and the `const fn`s that read one fact of a status.
pub fn accessors(cx: &Context) -> TokenStream {
    let rt = runtime();
    let ident = &cx.target.ident;
    let vendor = &cx.names.vendor;
    let krate = &cx.names.krate;
    let all = cx.registry.entries.iter().map(|entry| {
        let cfg = cx.cfg(entry);
        let name = &entry.ident;
        quote!(#cfg Self::#name,)
    });
    let predicates = [
        ("is_informational", "Informational", "a `1xx`"),
        ("is_success", "Success", "a `2xx`"),
        ("is_redirection", "Redirection", "a `3xx`"),
        ("is_client_error", "ClientError", "a `4xx`"),
        ("is_server_error", "ServerError", "a `5xx` status, or one from 600 to 999 (RFC 9110 says to treat those as `5xx`), i.e. a"),
    ]
    .map(|(method, class, what)| {
        let method = quote::format_ident!("{method}");
        let class = quote::format_ident!("{class}");
        let doc = format!("Whether this is {what} status.");
        quote! {
            #[doc = #doc]
            #[inline]
            #[must_use]
            pub const fn #method(self) -> bool {
                #rt::in_class(self as u16, #rt::StatusClass::#class)
            }
        }
    });
    quote! {
        impl #ident {
            /// Every registered status of this build, ordered by code; the
            /// meanings of one code follow each other, the preferred one
            /// first. Unregistered numbers are not listed.
            pub const ALL: &'static [Self] = &[#(#all)*];

            /// The numeric status code, from 100 to 999.
            #[inline]
            #[must_use]
            pub const fn code(self) -> u16 {
                #rt::code_of(self as u16)
            }

            /// The reason phrase from the registry, e.g. `"Not Found"`;
            /// `None` for a number no enabled row registers.
            #[inline]
            #[must_use]
            pub const fn reason(self) -> ::core::option::Option<&'static str> {
                TABLE.reason(self as u16)
            }

            /// The code and reason phrase as on an HTTP/1.1 status line,
            /// e.g. `"404 Not Found"`, or only the code (`"299"`) for an
            /// unregistered number; this is what `Display` writes.
            #[inline]
            #[must_use]
            pub const fn status_line(self) -> &'static str {
                TABLE.status_line(self as u16)
            }

            /// The code as three ASCII digits, e.g. `"404"`.
            #[inline]
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                #rt::as_str(self.code())
            }

            /// A short explanation of what the status means; `None` when the
            /// registry has none or the number is unregistered.
            #[must_use]
            pub const fn summary(self) -> ::core::option::Option<&'static str> {
                TABLE.summary(self as u16)
            }

            /// The registry's `Reference` cell, e.g. `"[RFC9110, Section
            /// 15.5.5]"`; `None` when the registry gives none.
            #[must_use]
            pub const fn reference(self) -> ::core::option::Option<&'static str> {
                TABLE.reference(self as u16)
            }

            /// Whether an enabled registry row defines this status. A number
            /// that none does still converts to a status, which keeps the
            /// number and has no reason phrase.
            #[inline]
            #[must_use]
            pub const fn is_registered(self) -> bool {
                TABLE.row(self as u16).is_some()
            }

            /// Who defines this status: the standard or a vendor; `None` for
            /// an unregistered number.
            #[inline]
            #[must_use]
            pub const fn vendor(self) -> ::core::option::Option<#vendor> {
                match TABLE.vendor(self as u16) {
                    ::core::option::Option::Some(index) => vendor_at(index),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            /// Whether this status is registered by the standard rather than
            /// by a vendor.
            #[inline]
            #[must_use]
            pub const fn is_standard(self) -> bool {
                ::core::matches!(TABLE.vendor(self as u16), ::core::option::Option::Some(0))
            }

            /// The class of the status, given by its first digit; numbers
            /// from 600 to 999 are server errors, as RFC 9110 asks.
            #[inline]
            #[must_use]
            pub const fn class(self) -> #krate::StatusClass {
                match #rt::StatusClass::of(self.code()) {
                    ::core::option::Option::Some(class) => class,
                    ::core::option::Option::None => #rt::StatusClass::ServerError,
                }
            }

            #(#predicates)*

            /// Whether a response with this status may carry content: not a
            /// `1xx`, `204`, `205` or `304` (RFC 9110, Section 15), as the
            /// registry's `Content` column says.
            #[must_use]
            pub const fn allows_content(self) -> bool {
                TABLE.allows_content(self as u16)
            }

            /// Whether a cache may store and reuse a response with this status
            /// without explicit freshness information (RFC 9110, Section 15.1:
            /// the heuristically cacheable statuses). Never for an
            /// unregistered number.
            #[must_use]
            pub const fn is_cacheable_by_default(self) -> bool {
                TABLE.is_cacheable_by_default(self as u16)
            }

            /// Whether the condition is temporary, so that the same request
            /// may succeed if sent again later, as widely used HTTP clients'
            /// retry rules treat it.
            #[must_use]
            pub const fn is_transient(self) -> bool {
                TABLE.is_transient(self as u16)
            }

            /// The header fields, in lower case, that a response with this
            /// status must carry, e.g. `["www-authenticate"]` for `401`.
            #[must_use]
            pub const fn required_headers(self) -> &'static [&'static str] {
                TABLE.required_headers(self as u16)
            }

            /// The header fields, in lower case, that a response with this
            /// status should or may carry, e.g. `["retry-after"]` for `503`.
            #[must_use]
            pub const fn suggested_headers(self) -> &'static [&'static str] {
                TABLE.suggested_headers(self as u16)
            }
        }
    }
}

/// Deprecated associated constants for former names from the `Aliases`
/// column; they work in expressions and in patterns.
pub fn aliases(cx: &Context) -> TokenStream {
    let consts: Vec<TokenStream> = cx
        .registry
        .entries
        .iter()
        .flat_map(|entry| {
            let cfg = cx.cfg(entry);
            let current = &entry.ident;
            entry.aliases.iter().map(move |alias| {
                let doc = format!("Former name of [`Self::{current}`].");
                let note = format!("renamed to `{current}`");
                quote! {
                    #[doc = #doc]
                    #[deprecated(note = #note)]
                    #cfg
                    pub const #alias: Self = Self::#current;
                }
            })
        })
        .collect();
    if consts.is_empty() {
        return TokenStream::new();
    }
    let ident = &cx.target.ident;
    quote! {
        #[allow(non_upper_case_globals)]
        impl #ident {
            #(#consts)*
        }
    }
}
