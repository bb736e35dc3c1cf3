//! The language enum and the status's texts in each language. A
//! language's strings sit behind its `lang-*` feature, so they are absent
//! from builds that do not enable it.

use super::{feature_cfgs, runtime, Context};
use crate::check::Language;
use proc_macro2::TokenStream;
use quote::quote;

/// `Lang`: English and one variant per language of the registry. Each
/// row's texts are listed in the same order under the same `cfg`s, so a
/// variant's discriminant, less one, is the position of its texts.
pub fn definition(cx: &Context) -> TokenStream {
    let vis = &cx.target.vis;
    let (status, lang) = (&cx.target.ident, &cx.names.lang);
    let variants = cx.registry.languages.iter().map(|Language { tag, feature, ident }| {
        let doc = format!("Texts in `{tag}`, from the registry's `Description@{tag}` and `Summary@{tag}` columns; needs the `{feature}` feature.");
        let gate = cx.gate(feature);
        quote! {
            #[doc = #doc]
            #gate
            #ident,
        }
    });
    let doc = format!("A language of the texts of [`{status}`]: English, and each language of the registry whose feature is on.");
    quote! {
        #[doc = #doc]
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash, ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::fmt::Debug)]
        #[non_exhaustive]
        #vis enum #lang {
            /// English: the registry's `Description` and `Summary` columns.
            En,
            #(#variants)*
        }
    }
}

pub fn impls(cx: &Context) -> TokenStream {
    let rt = runtime();
    let lang = &cx.names.lang;
    let languages = &cx.registry.languages;
    let cfgs = feature_cfgs(languages.iter().map(|l| l.feature.as_str()));
    let idents: Vec<_> = languages.iter().map(|l| &l.ident).collect();
    let tags: Vec<&str> = languages.iter().map(|l| l.tag.as_str()).collect();
    quote! {
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

            /// The enabled language whose tag is `tag`, ASCII case ignored.
            #[must_use]
            pub fn from_tag(tag: &str) -> ::core::option::Option<Self> {
                #rt::find(tag, Self::ALL, Self::tag)
            }

            /// The language of `offered` that best matches a language range
            /// such as `"bn-BD"`: subtags are dropped from the end until one
            /// matches (the Lookup scheme of RFC 4647).
            #[must_use]
            pub fn lookup(range: &str, offered: &[Self]) -> ::core::option::Option<Self> {
                #rt::lookup(range, offered, Self::tag)
            }

            /// The language of `offered` that a client weighs highest in an
            /// `Accept-Language` header value, such as `"bn-BD, en;q=0.5"`.
            ///
            /// Each language range is matched as by [`Self::lookup`]; of
            /// those found, the one with the highest weight wins, the first
            /// among equals. `None` when the client names none of `offered`.
            /// The answer depends only on the header and `offered`, never on
            /// which languages other crates of the build turned on.
            #[must_use]
            pub fn from_accept_language(header: &str, offered: &[Self]) -> ::core::option::Option<Self> {
                #rt::negotiate(header, offered, Self::tag)
            }

            /// The digit zero as the language writes numbers; the other
            /// digits follow it in Unicode. ASCII `'0'` for English.
            #[must_use]
            pub const fn zero_digit(self) -> char {
                #rt::zero_digit(self.tag())
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
pub fn texts(cx: &Context) -> TokenStream {
    let rt = runtime();
    let (status, lang, krate) = (&cx.target.ident, &cx.names.lang, &cx.names.krate);
    quote! {
        impl #status {
            /// The reason phrase in `lang`, or `None` when the registry has
            /// no text for this status in that language.
            #[must_use]
            pub const fn translated_reason(self, lang: #lang) -> ::core::option::Option<&'static str> {
                TABLE.translated_reason(self as u16, lang as usize)
            }

            /// The summary in `lang`, or `None` when the registry has no
            /// text for this status in that language.
            #[must_use]
            pub const fn translated_summary(self, lang: #lang) -> ::core::option::Option<&'static str> {
                TABLE.translated_summary(self as u16, lang as usize)
            }

            /// The reason phrase in `lang`, falling back to English.
            #[must_use]
            pub const fn reason_in(self, lang: #lang) -> ::core::option::Option<&'static str> {
                #rt::or(self.translated_reason(lang), self.reason())
            }

            /// The summary in `lang`, falling back to English.
            #[must_use]
            pub const fn summary_in(self, lang: #lang) -> ::core::option::Option<&'static str> {
                #rt::or(self.translated_summary(lang), self.summary())
            }

            /// Displays the status for people reading `lang`: the code in
            /// the language's digits and the reason phrase in the language,
            /// e.g. `৪০৪ পাওয়া যায়নি` for Bengali. `Display` on the status
            /// itself stays the English status line, as sent on the wire.
            #[must_use]
            pub const fn localized(self, lang: #lang) -> #krate::Localized {
                #rt::localized(self.code(), self.reason_in(lang), lang.zero_digit())
            }
        }
    }
}
