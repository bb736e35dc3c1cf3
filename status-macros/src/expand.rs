//! Emitting the enum and its companions from a checked registry.
//!
//! Everything generated uses `::core` paths only, so it works in `#![no_std]`
//! crates, and stores nothing at run time beyond `match` arms and constants.

use crate::docs;
use crate::registry::{Entry, Language, Registry, Vendor};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeMap;
use syn::{Attribute, Visibility};

/// The user's empty enum: what it is called and what it carries.
pub struct Target {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
}

/// Names of the items generated next to the enum.
struct Names {
    class: Ident,
    vendor: Ident,
    unknown: Ident,
    parse_error: Ident,
    lang: Ident,
    localized: Ident,
}

impl Names {
    fn new() -> Self {
        Names {
            class: format_ident!("StatusClass"),
            vendor: format_ident!("Vendor"),
            unknown: format_ident!("UnknownStatusCode"),
            parse_error: format_ident!("ParseStatusError"),
            lang: format_ident!("Lang"),
            localized: format_ident!("Localized"),
        }
    }
}

/// Generates all items for `target` from `registry`. `tracked_file` is the
/// absolute path of the registry, included so that cargo rebuilds the crate
/// when the file changes.
pub fn expand(target: &Target, registry: &Registry, tracked_file: &str) -> TokenStream {
    let names = Names::new();
    let enum_def = enum_definition(target, registry);
    let inherent = inherent_impl(target, registry, &names);
    let aliases = alias_impl(target, registry);
    let traits = trait_impls(target, &names);
    let class = class_definition(&target.vis, &names);
    let vendor = vendor_definition(&target.vis, &target.ident, &registry.vendors, &names);
    let errors = error_definitions(&target.vis, &target.ident, &names);
    let localization = localization(target, registry, &names);
    quote! {
        #enum_def
        #inherent
        #aliases
        #traits
        #class
        #vendor
        #errors
        #localization
        const _: &[u8] = ::core::include_bytes!(#tracked_file);
    }
}

/// `#[cfg(feature = "...")]` for a vendor row; nothing for a standard one.
fn cfg(entry: &Entry) -> TokenStream {
    match &entry.row.vendor {
        Some(feature) => quote!(#[cfg(feature = #feature)]),
        None => TokenStream::new(),
    }
}

fn enum_definition(target: &Target, registry: &Registry) -> TokenStream {
    let Target { attrs, vis, ident } = target;
    // The enum is always non-exhaustive (features add variants); a user's
    // own `#[non_exhaustive]` is kept rather than repeated.
    let non_exhaustive = (!attrs.iter().any(|a| a.path().is_ident("non_exhaustive")))
        .then(|| quote!(#[non_exhaustive]));
    // Two-byte discriminants keep the class predicates as cheap as
    // comparisons on a `u16` code. Not under rustdoc: with a `repr` it prints
    // each discriminant (`NotFound = 29`), which would read as if it were the
    // code. And only when some variant exists whatever the features, since a
    // `repr` on an enum left without variants is an error.
    let repr = registry
        .entries
        .iter()
        .any(|e| e.row.vendor.is_none())
        .then(|| quote!(#[cfg_attr(not(doc), repr(u16))]));
    let variants = registry.entries.iter().map(|entry| {
        let cfg = cfg(entry);
        let doc_cfg = match &entry.row.vendor {
            Some(feature) => quote!(#[cfg_attr(docsrs, doc(cfg(feature = #feature)))]),
            None => TokenStream::new(),
        };
        let doc = docs::variant_doc(entry, &registry.languages);
        let code = entry.row.code.to_string();
        let reason = &entry.row.reason;
        let name = &entry.ident;
        // rustdoc refuses quotes in search aliases and aliases equal to the name.
        let reason_alias = (!reason.contains(['\'', '"']) && *name != reason)
            .then(|| quote!(#[doc(alias = #reason)]));
        quote! {
            #[doc = #doc]
            #[doc(alias = #code)]
            #reason_alias
            #cfg
            #doc_cfg
            #name,
        }
    });
    quote! {
        #(#attrs)*
        // Variants are declared in code order, so the derived `Ord` orders by
        // code and the discriminants of each class form one range.
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash, ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::fmt::Debug)]
        #repr
        #non_exhaustive
        #vis enum #ident {
            #(#variants)*
        }
    }
}

/// One `match self` arm per variant, each mapping to `value(entry)`.
fn per_variant<T: quote::ToTokens>(
    registry: &Registry,
    value: impl Fn(&Entry) -> T,
) -> Vec<TokenStream> {
    registry
        .entries
        .iter()
        .map(|entry| {
            let cfg = cfg(entry);
            let name = &entry.ident;
            let value = value(entry);
            quote!(#cfg Self::#name => #value,)
        })
        .collect()
}

fn inherent_impl(target: &Target, registry: &Registry, names: &Names) -> TokenStream {
    let ident = &target.ident;
    let all = registry.entries.iter().map(|entry| {
        let cfg = cfg(entry);
        let name = &entry.ident;
        quote!(#cfg Self::#name,)
    });
    let accessors = accessors(registry, &names.vendor);
    let classes = class_methods(&names.class);
    let lookups = lookups(registry, names);
    quote! {
        impl #ident {
            /// Every status this build knows, ordered by code; the meanings
            /// of one code follow each other, the standard one first.
            pub const ALL: &'static [Self] = &[#(#all)*];

            #accessors
            #classes
            #lookups
        }
    }
}

/// The `const fn`s that read one fact of a status from the registry.
fn accessors(registry: &Registry, vendor: &Ident) -> TokenStream {
    let reasons = per_variant(registry, |e| e.row.reason.clone());
    let lines = per_variant(registry, |e| format!("{} {}", e.row.code, e.row.reason));
    let numbers = per_variant(registry, |e| e.row.code.to_string());
    let codes = per_variant(registry, |e| {
        proc_macro2::Literal::u16_unsuffixed(e.row.code)
    });
    let summaries = per_variant(registry, |e| e.row.summary.clone());
    let references = per_variant(registry, |e| e.row.reference.clone());
    let vendor_idents: BTreeMap<&str, &Ident> = registry
        .vendors
        .iter()
        .map(|v| (v.feature.as_str(), &v.ident))
        .collect();
    // Every vendor of a row is in `registry.vendors`; a row whose vendor
    // were missing would be reported as standard rather than panic.
    let vendors = per_variant(registry, |e| {
        match e.row.vendor.as_deref().and_then(|f| vendor_idents.get(f)) {
            Some(v) => quote!(#vendor::#v),
            None => quote!(#vendor::Standard),
        }
    });
    quote! {
        /// The numeric status code, as sent on the wire.
        #[inline]
        #[must_use]
        pub const fn code(self) -> u16 {
            match self { #(#codes)* }
        }

        /// The reason phrase from the registry, e.g. `"Not Found"`.
        #[inline]
        #[must_use]
        pub const fn reason(self) -> &'static str {
            match self { #(#reasons)* }
        }

        /// The code and reason phrase as on an HTTP/1.1 status line,
        /// e.g. `"404 Not Found"`; this is what `Display` writes.
        #[inline]
        #[must_use]
        pub const fn status_line(self) -> &'static str {
            match self { #(#lines)* }
        }

        /// The code as three ASCII digits, e.g. `"404"`.
        #[inline]
        #[must_use]
        pub const fn as_str(self) -> &'static str {
            match self { #(#numbers)* }
        }

        /// A short explanation of what the status means.
        #[must_use]
        pub const fn summary(self) -> &'static str {
            match self { #(#summaries)* }
        }

        /// The registry's `Reference` cell, e.g. `"[RFC9110, Section 15.5.5]"`;
        /// empty when the registry gives none.
        #[must_use]
        pub const fn reference(self) -> &'static str {
            match self { #(#references)* }
        }

        /// Who defines this status: the standard, or a vendor.
        #[inline]
        #[must_use]
        pub const fn vendor(self) -> #vendor {
            match self { #(#vendors)* }
        }

        /// Whether this status is a standard one rather than a vendor's.
        #[inline]
        #[must_use]
        pub const fn is_standard(self) -> bool {
            matches!(self.vendor(), #vendor::Standard)
        }
    }
}

/// `class()` and the `is_*` predicates, over compile-time class bounds.
fn class_methods(class: &Ident) -> TokenStream {
    quote! {
        /// The class of the status, given by its first digit.
        #[inline]
        #[must_use]
        pub const fn class(self) -> #class {
            match #class::of(self.code()) {
                ::core::option::Option::Some(class) => class,
                // Codes are checked to lie in 100..=599 when generated.
                ::core::option::Option::None => #class::ServerError,
            }
        }

        /// Whether this is a `1xx` status.
        #[inline]
        #[must_use]
        pub const fn is_informational(self) -> bool {
            self.in_class(1)
        }

        /// Whether this is a `2xx` status.
        #[inline]
        #[must_use]
        pub const fn is_success(self) -> bool {
            self.in_class(2)
        }

        /// Whether this is a `3xx` status.
        #[inline]
        #[must_use]
        pub const fn is_redirection(self) -> bool {
            self.in_class(3)
        }

        /// Whether this is a `4xx` status.
        #[inline]
        #[must_use]
        pub const fn is_client_error(self) -> bool {
            self.in_class(4)
        }

        /// Whether this is a `5xx` status.
        #[inline]
        #[must_use]
        pub const fn is_server_error(self) -> bool {
            self.in_class(5)
        }

        /// Whether the code's first digit is `digit`. Variants are in code
        /// order, so a class is a range of discriminants whose bounds are
        /// computed at compile time: two comparisons, no lookup.
        #[inline]
        const fn in_class(self, digit: u16) -> bool {
            let start = Self::CLASS_STARTS[digit as usize - 1];
            let end = Self::CLASS_STARTS[digit as usize];
            // One unsigned comparison: indexes below `start` wrap around.
            (self as usize).wrapping_sub(start) < end - start
        }

        /// For each first digit 1 to 6, the index in `ALL` of the first
        /// status whose code starts with that digit or a higher one.
        const CLASS_STARTS: [usize; 6] = {
            let mut starts = [0usize; 6];
            let mut digit = 0;
            while digit < 6 {
                let mut index = 0;
                while index < Self::ALL.len() && Self::ALL[index].code() < (digit as u16 + 1) * 100 {
                    index += 1;
                }
                starts[digit] = index;
                digit += 1;
            }
            starts
        };
    }
}

/// The constructors from a number or bytes, and the table behind them.
fn lookups(registry: &Registry, names: &Names) -> TokenStream {
    let Names {
        unknown,
        parse_error,
        ..
    } = names;
    let meanings = meanings_arms(registry);
    quote! {
        /// `from_u16`'s answer for each number from 100 to 599, built at
        /// compile time from `ALL` (whose order is the preference order).
        const BY_CODE: [::core::option::Option<Self>; 500] = {
            let mut table = [::core::option::Option::None; 500];
            let mut index = 0;
            while index < Self::ALL.len() {
                let status = Self::ALL[index];
                let slot = (status.code() - 100) as usize;
                if table[slot].is_none() {
                    table[slot] = ::core::option::Option::Some(status);
                }
                index += 1;
            }
            table
        };

        /// The status for a number, or `None` when no enabled row has it.
        ///
        /// When a number has several meanings, the standard one wins;
        /// otherwise the vendor row that comes first in the registry
        /// among those enabled. [`Self::meanings`] lists them all.
        #[inline]
        #[must_use]
        pub const fn from_u16(code: u16) -> ::core::option::Option<Self> {
            if code >= 100 && code < 600 {
                Self::BY_CODE[(code - 100) as usize]
            } else {
                ::core::option::Option::None
            }
        }

        /// Every enabled meaning of a number, in the order
        /// [`Self::from_u16`] prefers them; empty for an unknown number.
        #[must_use]
        pub const fn meanings(code: u16) -> &'static [Self] {
            match code {
                #(#meanings)*
                _ => &[],
            }
        }

        /// Parses exactly three ASCII digits, such as `b"404"`, into the
        /// status that [`Self::from_u16`] gives for that number.
        ///
        /// # Errors
        ///
        /// [`ParseStatusError`] when the input is not three ASCII digits
        /// or names no enabled status; the error keeps what was wrong.
        #[inline]
        pub const fn from_bytes(bytes: &[u8]) -> ::core::result::Result<Self, #parse_error> {
            let [a, b, c] = match bytes {
                [a, b, c] => [*a, *b, *c],
                _ => return ::core::result::Result::Err(#parse_error::Length(bytes.len())),
            };
            // Subtracting '0' wraps non-digits above 9, so one
            // comparison per byte checks it; the error path is cold.
            let (x, y, z) = (a.wrapping_sub(b'0'), b.wrapping_sub(b'0'), c.wrapping_sub(b'0'));
            if (x > 9) | (y > 9) | (z > 9) {
                let index = if x > 9 { 0 } else if y > 9 { 1 } else { 2 };
                return ::core::result::Result::Err(#parse_error::NotDigit {
                    index,
                    byte: bytes[index],
                });
            }
            let code = x as u16 * 100 + y as u16 * 10 + z as u16;
            match Self::from_u16(code) {
                ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                ::core::option::Option::None => {
                    ::core::result::Result::Err(#parse_error::Unknown(#unknown(code)))
                }
            }
        }
    }
}

/// Entries grouped by code, in code order, each group in preference order.
fn by_code(registry: &Registry) -> BTreeMap<u16, Vec<&Entry>> {
    let mut groups: BTreeMap<u16, Vec<&Entry>> = BTreeMap::new();
    for entry in &registry.entries {
        groups.entry(entry.row.code).or_default().push(entry);
    }
    groups
}

fn meanings_arms(registry: &Registry) -> Vec<TokenStream> {
    by_code(registry)
        .into_iter()
        .map(|(code, group)| {
            let code = proc_macro2::Literal::u16_unsuffixed(code);
            let items = group.iter().map(|entry| {
                let cfg = cfg(entry);
                let name = &entry.ident;
                quote!(#cfg Self::#name,)
            });
            quote!(#code => &[#(#items)*],)
        })
        .collect()
}

/// Deprecated associated constants for former names from the `Aliases`
/// column; they work in expressions and in patterns.
fn alias_impl(target: &Target, registry: &Registry) -> TokenStream {
    let consts: Vec<TokenStream> = registry
        .entries
        .iter()
        .flat_map(|entry| {
            let cfg = cfg(entry);
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
    let ident = &target.ident;
    quote! {
        #[allow(non_upper_case_globals)]
        impl #ident {
            #(#consts)*
        }
    }
}

fn trait_impls(target: &Target, names: &Names) -> TokenStream {
    let ident = &target.ident;
    let Names {
        unknown,
        parse_error,
        ..
    } = names;
    quote! {
        impl ::core::fmt::Display for #ident {
            /// Writes the status line, e.g. `404 Not Found`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.status_line())
            }
        }

        impl ::core::convert::From<#ident> for u16 {
            #[inline]
            fn from(status: #ident) -> u16 {
                status.code()
            }
        }

        impl ::core::convert::TryFrom<u16> for #ident {
            type Error = #unknown;

            #[inline]
            fn try_from(code: u16) -> ::core::result::Result<Self, Self::Error> {
                Self::from_u16(code).ok_or(#unknown(code))
            }
        }

        impl ::core::str::FromStr for #ident {
            type Err = #parse_error;

            #[inline]
            fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                Self::from_bytes(text.as_bytes())
            }
        }

        impl ::core::convert::TryFrom<&str> for #ident {
            type Error = #parse_error;

            /// The same as `FromStr`: exactly three ASCII digits.
            #[inline]
            fn try_from(text: &str) -> ::core::result::Result<Self, Self::Error> {
                Self::from_bytes(text.as_bytes())
            }
        }

        impl ::core::convert::TryFrom<&[u8]> for #ident {
            type Error = #parse_error;

            /// The same as [`Self::from_bytes`]: exactly three ASCII digits.
            #[inline]
            fn try_from(bytes: &[u8]) -> ::core::result::Result<Self, Self::Error> {
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
    }
}

fn class_definition(vis: &Visibility, names: &Names) -> TokenStream {
    let class = &names.class;
    quote! {
        /// The class of a status code, given by its first digit.
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash, ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::fmt::Debug)]
        #vis enum #class {
            /// `1xx`: the request was received and processing goes on.
            Informational,
            /// `2xx`: the request was received, understood and accepted.
            Success,
            /// `3xx`: the client must take further action to complete the request.
            Redirection,
            /// `4xx`: the request is at fault.
            ClientError,
            /// `5xx`: the server failed to fulfil a valid request.
            ServerError,
        }

        impl #class {
            /// The class of any number from 100 to 599, `None` outside.
            #[inline]
            #[must_use]
            pub const fn of(code: u16) -> ::core::option::Option<Self> {
                match code {
                    100..=199 => ::core::option::Option::Some(Self::Informational),
                    200..=299 => ::core::option::Option::Some(Self::Success),
                    300..=399 => ::core::option::Option::Some(Self::Redirection),
                    400..=499 => ::core::option::Option::Some(Self::ClientError),
                    500..=599 => ::core::option::Option::Some(Self::ServerError),
                    _ => ::core::option::Option::None,
                }
            }

            /// A short lower-case name, e.g. `"client error"`.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    Self::Informational => "informational",
                    Self::Success => "success",
                    Self::Redirection => "redirection",
                    Self::ClientError => "client error",
                    Self::ServerError => "server error",
                }
            }
        }

        impl ::core::fmt::Display for #class {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.name())
            }
        }
    }
}

fn vendor_definition(
    vis: &Visibility,
    status: &Ident,
    vendors: &[Vendor],
    names: &Names,
) -> TokenStream {
    let vendor = &names.vendor;
    let variants = vendors.iter().map(|Vendor { feature, ident }| {
        let doc = format!("Codes defined by `{feature}`; enabled by the `{feature}` feature.");
        quote! {
            #[doc = #doc]
            #[cfg(feature = #feature)]
            #[cfg_attr(docsrs, doc(cfg(feature = #feature)))]
            #ident,
        }
    });
    let all = vendors
        .iter()
        .map(|Vendor { feature, ident }| quote!(#[cfg(feature = #feature)] Self::#ident,));
    let features = vendors.iter().map(|Vendor { feature, ident }| {
        quote!(#[cfg(feature = #feature)] Self::#ident => ::core::option::Option::Some(#feature),)
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

        impl #vendor {
            /// The standard and every enabled vendor, in registry order.
            pub const ALL: &'static [Self] = &[Self::Standard, #(#all)*];

            /// The Cargo feature that enables this vendor's codes; `None`
            /// for the standard.
            #[must_use]
            pub const fn feature(self) -> ::core::option::Option<&'static str> {
                match self {
                    Self::Standard => ::core::option::Option::None,
                    #(#features)*
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
    }
}

fn error_definitions(vis: &Visibility, status: &Ident, names: &Names) -> TokenStream {
    let Names {
        unknown,
        parse_error,
        ..
    } = names;
    let unknown_doc = format!(
        "A number that names no [`{status}`] in this build: outside the registry, or behind a feature that is off."
    );
    let parse_doc = format!("Why text could not be parsed as a [`{status}`].");
    quote! {
        #[doc = #unknown_doc]
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash, ::core::fmt::Debug)]
        #vis struct #unknown(u16);

        impl #unknown {
            /// The number that was given.
            #[inline]
            #[must_use]
            pub const fn code(self) -> u16 {
                self.0
            }
        }

        impl ::core::fmt::Display for #unknown {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "unknown status code {}: no enabled registry row has this number", self.0)
            }
        }

        impl ::core::error::Error for #unknown {}

        #[doc = #parse_doc]
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash, ::core::fmt::Debug)]
        #[non_exhaustive]
        #vis enum #parse_error {
            /// The input was not three bytes long; holds its length.
            Length(usize),
            /// A byte was not an ASCII digit.
            NotDigit {
                /// Where the byte is in the input.
                index: usize,
                /// The byte found.
                byte: u8,
            },
            /// Three digits, but no enabled status has that number.
            Unknown(#unknown),
        }

        impl ::core::fmt::Display for #parse_error {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    Self::Length(length) => ::core::write!(
                        f,
                        "a status code is exactly three ASCII digits, got {} bytes",
                        length
                    ),
                    Self::NotDigit { index, byte } => ::core::write!(
                        f,
                        "a status code is exactly three ASCII digits, got byte '{}' at index {}",
                        ::core::ascii::escape_default(*byte),
                        index
                    ),
                    Self::Unknown(unknown) => ::core::fmt::Display::fmt(unknown, f),
                }
            }
        }

        impl ::core::error::Error for #parse_error {
            fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
                match self {
                    Self::Unknown(unknown) => ::core::option::Option::Some(unknown),
                    _ => ::core::option::Option::None,
                }
            }
        }
    }
}

/// The first of the ten decimal digits a language writes, for the languages
/// whose own digits are common in running text; others use ASCII digits.
fn native_zero(tag: &str) -> char {
    let primary = tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    match primary.as_str() {
        "bn" | "as" => '\u{09E6}',
        "hi" | "mr" | "ne" | "sa" => '\u{0966}',
        "ar" => '\u{0660}',
        "fa" => '\u{06F0}',
        "th" => '\u{0E50}',
        "my" => '\u{1040}',
        _ => '0',
    }
}

/// The `Lang` enum, the `*_in` methods and the `Localized` display adapter.
/// A language's strings sit behind its `lang-*` feature, so they are absent
/// from builds that do not enable it.
fn localization(target: &Target, registry: &Registry, names: &Names) -> TokenStream {
    let (vis, status) = (&target.vis, &target.ident);
    let lang = lang_definition(vis, &registry.languages, &names.lang);
    let texts = translated_texts(status, registry, names);
    let localized = localized_definition(vis, status, names);
    quote! {
        #lang
        #texts
        #localized
    }
}

/// `#[cfg(feature = "lang-TAG")]` for each language, in registry order.
fn language_cfgs(languages: &[Language]) -> Vec<TokenStream> {
    languages
        .iter()
        .map(|l| {
            let feature = &l.feature;
            quote!(#[cfg(feature = #feature)])
        })
        .collect()
}

/// The `Lang` enum: English and one variant per language of the registry.
fn lang_definition(vis: &Visibility, languages: &[Language], lang: &Ident) -> TokenStream {
    let cfgs = language_cfgs(languages);
    let idents: Vec<&Ident> = languages.iter().map(|l| &l.ident).collect();
    let tags: Vec<&str> = languages.iter().map(|l| l.tag.as_str()).collect();
    let zeros: Vec<char> = languages.iter().map(|l| native_zero(&l.tag)).collect();
    let variant_docs = languages.iter().map(|Language { tag, feature, .. }| {
        format!("Texts in `{tag}`, from the registry's `Description@{tag}` and `Summary@{tag}` columns; needs the `{feature}` feature.")
    });
    let doc_cfgs = languages.iter().map(|l| {
        let feature = &l.feature;
        quote!(#[cfg_attr(docsrs, doc(cfg(feature = #feature)))])
    });
    quote! {
        /// A language of the status texts: English, and each language of the
        /// registry's localized columns whose feature is on.
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash, ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::fmt::Debug)]
        #[non_exhaustive]
        #vis enum #lang {
            /// English: the registry's `Description` and `Summary` columns.
            En,
            #(
                #[doc = #variant_docs]
                #cfgs
                #doc_cfgs
                #idents,
            )*
        }

        impl #lang {
            /// English and every enabled language, in registry order.
            pub const ALL: &'static [Self] = &[Self::En, #(#cfgs Self::#idents,)*];

            /// The language's BCP 47 tag, e.g. `"bn"`.
            #[must_use]
            pub const fn tag(self) -> &'static str {
                match self {
                    Self::En => "en",
                    #(#cfgs Self::#idents => #tags,)*
                }
            }

            /// The enabled language for a BCP 47 tag, ASCII case ignored.
            ///
            /// Without an exact match, subtags are dropped from the end until
            /// one matches (the Lookup scheme of RFC 4647), so `"bn-BD"` finds
            /// the `bn` texts and `"en-GB"` finds English.
            #[must_use]
            pub fn from_tag(tag: &str) -> ::core::option::Option<Self> {
                let mut tag = tag;
                loop {
                    let found = Self::ALL.iter().copied().find(|lang| lang.tag().eq_ignore_ascii_case(tag));
                    if found.is_some() {
                        return found;
                    }
                    tag = &tag[..tag.rfind('-')?];
                    // A one-letter subtag only introduces the subtags after
                    // it (`x-` for private use), so it goes with them.
                    if let ::core::option::Option::Some(dash) = tag.rfind('-') {
                        if tag.len() - dash == 2 {
                            tag = &tag[..dash];
                        }
                    }
                }
            }

            /// The enabled language a client asks for in an `Accept-Language`
            /// header value, such as `"bn-BD, bn;q=0.9, en;q=0.5"`.
            ///
            /// Each language range is looked up as by [`Self::from_tag`]; of
            /// those found, the one with the highest weight (`q`, 1 when not
            /// given) wins, the first among equals. Ranges with `q=0`, the
            /// wildcard `*` and malformed weights are passed over. `None`
            /// when no range names an enabled language: answer in English.
            #[must_use]
            pub fn from_accept_language(header: &str) -> ::core::option::Option<Self> {
                let mut best: ::core::option::Option<(Self, u16)> = ::core::option::Option::None;
                for item in header.split(',') {
                    let mut parts = item.split(';');
                    let range = parts.next().unwrap_or("").trim();
                    let weight = parts
                        .find_map(|param| {
                            let param = param.trim();
                            param.strip_prefix("q=").or_else(|| param.strip_prefix("Q="))
                        })
                        .map_or(::core::option::Option::Some(1000), Self::weight);
                    let ::core::option::Option::Some(weight) = weight else {
                        continue;
                    };
                    if weight == 0 || range == "*" {
                        continue;
                    }
                    if let ::core::option::Option::Some(lang) = Self::from_tag(range) {
                        if best.is_none_or(|(_, best_weight)| weight > best_weight) {
                            best = ::core::option::Option::Some((lang, weight));
                        }
                    }
                }
                best.map(|(lang, _)| lang)
            }

            /// An HTTP weight (`0.8`, `1`, `0.125`) in thousandths; `None`
            /// unless it is `0` or `1` with at most three decimals, as RFC
            /// 9110 writes them.
            fn weight(text: &str) -> ::core::option::Option<u16> {
                let (whole, decimals) = text.split_once('.').unwrap_or((text, ""));
                if decimals.len() > 3 || !decimals.bytes().all(|b| b.is_ascii_digit()) {
                    return ::core::option::Option::None;
                }
                let mut thousandths = 0u16;
                for (place, digit) in [100u16, 10, 1].into_iter().zip(decimals.bytes()) {
                    thousandths += place * u16::from(digit - b'0');
                }
                match whole {
                    "0" => ::core::option::Option::Some(thousandths),
                    "1" if thousandths == 0 => ::core::option::Option::Some(1000),
                    _ => ::core::option::Option::None,
                }
            }

            /// The digit zero as the language writes numbers; the other
            /// digits follow it in Unicode. ASCII `'0'` for English.
            #[must_use]
            pub const fn zero_digit(self) -> char {
                match self {
                    Self::En => '0',
                    #(#cfgs Self::#idents => #zeros,)*
                }
            }
        }

        impl ::core::fmt::Display for #lang {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.tag())
            }
        }
    }
}

/// The status's texts in a language, and `localized` to display them.
fn translated_texts(status: &Ident, registry: &Registry, names: &Names) -> TokenStream {
    let Names {
        lang, localized, ..
    } = names;
    let cfgs = language_cfgs(&registry.languages);
    let idents: Vec<&Ident> = registry.languages.iter().map(|l| &l.ident).collect();
    let reasons = translated_arms(registry, |i, e| e.row.translations[i].reason.clone());
    let summaries = translated_arms(registry, |i, e| e.row.translations[i].summary.clone());
    quote! {
        impl #status {
            /// The reason phrase in `lang`, or `None` when the registry has
            /// no text for this status in that language.
            #[must_use]
            pub const fn translated_reason(self, lang: #lang) -> ::core::option::Option<&'static str> {
                match lang {
                    #lang::En => ::core::option::Option::Some(self.reason()),
                    #(#cfgs #lang::#idents => match self { #reasons },)*
                }
            }

            /// The summary in `lang`, or `None` when the registry has no text
            /// for this status in that language.
            #[must_use]
            pub const fn translated_summary(self, lang: #lang) -> ::core::option::Option<&'static str> {
                match lang {
                    #lang::En => ::core::option::Option::Some(self.summary()),
                    #(#cfgs #lang::#idents => match self { #summaries },)*
                }
            }

            /// The reason phrase in `lang`, falling back to English.
            #[must_use]
            pub const fn reason_in(self, lang: #lang) -> &'static str {
                match self.translated_reason(lang) {
                    ::core::option::Option::Some(text) => text,
                    ::core::option::Option::None => self.reason(),
                }
            }

            /// The summary in `lang`, falling back to English.
            #[must_use]
            pub const fn summary_in(self, lang: #lang) -> &'static str {
                match self.translated_summary(lang) {
                    ::core::option::Option::Some(text) => text,
                    ::core::option::Option::None => self.summary(),
                }
            }

            /// Displays the status for people reading `lang`: the code in
            /// the language's digits and the reason phrase in the language,
            /// e.g. `৪০৪ পাওয়া যায়নি` for Bengali. `Display` on the status
            /// itself stays the English status line, as sent on the wire.
            #[must_use]
            pub const fn localized(self, lang: #lang) -> #localized {
                #localized { status: self, lang }
            }
        }
    }
}

/// `Localized`, a status paired with a language, and its `Display`.
fn localized_definition(vis: &Visibility, status: &Ident, names: &Names) -> TokenStream {
    let Names {
        lang, localized, ..
    } = names;
    quote! {
        /// A status shown in a language; made by [`#status::localized`].
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash, ::core::fmt::Debug)]
        #vis struct #localized {
            status: #status,
            lang: #lang,
        }

        impl #localized {
            /// The status shown.
            #[must_use]
            pub const fn status(self) -> #status {
                self.status
            }

            /// The language it is shown in.
            #[must_use]
            pub const fn lang(self) -> #lang {
                self.lang
            }
        }

        impl ::core::fmt::Display for #localized {
            /// Writes the code in the language's digits, a space and the
            /// reason phrase, padded to the width by characters.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let zero = self.lang.zero_digit() as u32;
                let code = u32::from(self.status.code());
                let reason = self.status.reason_in(self.lang);
                let length = 4 + reason.chars().count();
                let padding = f.width().map_or(0, |width| width.saturating_sub(length));
                let (before, after) = match f.align() {
                    ::core::option::Option::Some(::core::fmt::Alignment::Right) => (padding, 0),
                    ::core::option::Option::Some(::core::fmt::Alignment::Center) => {
                        (padding / 2, padding - padding / 2)
                    }
                    _ => (0, padding),
                };
                let fill = f.fill();
                for _ in 0..before {
                    ::core::fmt::Write::write_char(f, fill)?;
                }
                for place in [100, 10, 1] {
                    let digit = ::core::char::from_u32(zero + code / place % 10).unwrap_or('?');
                    ::core::fmt::Write::write_char(f, digit)?;
                }
                ::core::fmt::Write::write_char(f, ' ')?;
                f.write_str(reason)?;
                for _ in 0..after {
                    ::core::fmt::Write::write_char(f, fill)?;
                }
                ::core::result::Result::Ok(())
            }
        }
    }
}

/// For each language, the arms of a `match self` giving that language's
/// text of each variant, `None` where the cell is empty.
fn translated_arms(
    registry: &Registry,
    text: impl Fn(usize, &Entry) -> Option<String>,
) -> Vec<TokenStream> {
    (0..registry.languages.len())
        .map(|index| {
            let arms = per_variant(registry, |entry| match text(index, entry) {
                Some(text) => quote!(::core::option::Option::Some(#text)),
                None => quote!(::core::option::Option::None),
            });
            quote!(#(#arms)*)
        })
        .collect()
}
