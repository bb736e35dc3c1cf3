//! The registry as data: the values of the `Tables` impl that status-core's
//! methods read, which status-core's `status_tables!` writes.
//!
//! Each fact is a column of its own (status lines, names, summaries,
//! references, semantics, each language's texts), so that a program links
//! only the columns whose accessors it calls. A column holds one part per
//! group of rows (the standard rows, then each vendor's, behind the
//! vendor's feature); a text column joins a group's texts into one string
//! with the offsets where each ends.

use super::{runtime, Context};
use crate::check::Entry;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

pub fn tables(cx: &Context) -> TokenStream {
    let rt = runtime();
    let ident = &cx.target.ident;
    let index = index(cx);
    // Loops rather than iterator adapters (see the generator's module docs).
    let mut values = TokenStream::new();
    for entry in &cx.registry.entries {
        let (cfg, name) = (cx.cfg(entry), &entry.ident);
        values.extend(quote!(#cfg #ident::#name,));
    }
    // A line's reason phrase follows its three digits and a space.
    let lines = texts(cx, 4, &|entry| {
        Some(format!("{} {}", entry.row.code, entry.row.reason))
    });
    let names = texts(cx, 0, &|entry| Some(entry.ident.to_string()));
    let summaries = texts(cx, 0, &|entry| Some(entry.row.summary.clone()));
    let references = texts(cx, 0, &|entry| Some(entry.row.reference.clone()));
    // Keys never hold a space (see `naming::name_key`), so one separates them.
    let name_keys = texts(cx, 0, &|entry| Some(entry.keys.join(" ")));
    let discs = column(cx, &|entry| {
        let disc = Literal::u16_unsuffixed(entry.disc);
        quote!(#disc)
    });
    let flags = column(cx, &|entry| flags(entry));
    let (lists, required, suggested) = headers(cx);
    let dormant = dormant(cx);
    let mut features = TokenStream::new();
    for vendor in &cx.registry.vendors {
        let feature = &vendor.feature;
        features.extend(quote!(#[cfg(feature = #feature)] #feature,));
    }
    let mut languages = TokenStream::new();
    for (at, language) in cx.registry.languages.iter().enumerate() {
        let (tag, feature) = (&language.tag, &language.feature);
        let reasons = texts(cx, 0, &|entry| entry.row.translations[at].reason.clone());
        let summaries = texts(cx, 0, &|entry| entry.row.translations[at].summary.clone());
        languages.extend(quote! {
            #[cfg(feature = #feature)]
            #rt::Language { tag: #tag, reasons: #reasons, summaries: #summaries },
        });
    }
    // The names and types of the columns are status-core's (`Tables`).
    quote! {
        #index
        #rt::status_tables! {
            #ident, INDEX, value_of,
            values: [#values],
            lines: #lines,
            names: #names,
            summaries: #summaries,
            references: #references,
            name_keys: #name_keys,
            discs: #discs,
            flags: #flags,
            required: #required,
            suggested: #suggested,
            header_lists: [#lists],
            dormant: [#dormant],
            vendor_features: [#features],
            languages: [#languages],
        }
    }
}

/// `INDEX`: the row of each standard code, and the vendor rows in order
/// of discriminant, each with its group among the enabled vendors.
fn index(cx: &Context) -> TokenStream {
    let rt = runtime();
    let standard = standard_rows(cx);
    // Each inserted in place, so that no sort is compiled into the macro.
    let mut vendor_rows: Vec<&Entry> = Vec::new();
    for entry in &cx.registry.entries {
        if entry.vendor == 0 {
            continue;
        }
        let at = vendor_rows.partition_point(|e| e.disc <= entry.disc);
        vendor_rows.insert(at, entry);
    }
    let (mut discs, mut slots) = (TokenStream::new(), TokenStream::new());
    for entry in vendor_rows {
        let cfg = cx.cfg(entry);
        let disc = Literal::u16_unsuffixed(entry.disc);
        let vendor = Literal::usize_unsuffixed(usize::from(entry.vendor) - 1);
        let row = Literal::u16_unsuffixed(entry.position);
        discs.extend(quote!(#cfg #disc,));
        slots.extend(quote!(#cfg #rt::Slot::new(ORDINALS[#vendor], #row),));
    }
    let mut enabled = TokenStream::new();
    for vendor in &cx.registry.vendors {
        let feature = &vendor.feature;
        enabled.extend(quote!(::core::cfg!(feature = #feature),));
    }
    let vendors = Literal::usize_unsuffixed(cx.registry.vendors.len());
    quote! {
        const ORDINALS: [::core::primitive::u8; #vendors] = #rt::ordinals([#enabled]);
        const VENDOR_DISCS: &[::core::primitive::u16] = &[#discs];
        const VENDOR_SLOTS: &[#rt::Slot] = &[#slots];
        const INDEX: #rt::Index = #rt::Index::new(#standard, VENDOR_DISCS, VENDOR_SLOTS);
    }
}

/// For each code from 100 to the last standard one, its standard row plus
/// one, or 0: bytes while they suffice.
fn standard_rows(cx: &Context) -> TokenStream {
    let rt = runtime();
    let mut rows: Vec<usize> = Vec::new();
    for (row, entry) in cx.registry.group(0).enumerate() {
        let at = usize::from(entry.row.code - 100);
        rows.resize(at + 1, 0);
        rows[at] = row + 1;
    }
    let narrow = rows.iter().all(|&row| row <= usize::from(u8::MAX));
    let mut list = TokenStream::new();
    for row in rows {
        let row = if narrow {
            Literal::u8_unsuffixed(row as u8)
        } else {
            Literal::u16_unsuffixed(u16::try_from(row).unwrap_or(0))
        };
        list.extend(quote!(#row,));
    }
    if narrow {
        quote!(#rt::StandardRows::Narrow(&[#list]))
    } else {
        quote!(#rt::StandardRows::Wide(&[#list]))
    }
}

/// A text column: for each group, its rows' texts joined, and where each
/// ends. An empty text (`None` or `""`) reads back as `None`.
// The closures are taken as `dyn`, so that the function is compiled once.
fn texts(cx: &Context, prefix: u8, text: &dyn Fn(&Entry) -> Option<String>) -> TokenStream {
    let rt = runtime();
    let mut chunks = TokenStream::new();
    for group in cx.groups() {
        let cfg = cx.group_cfg(group);
        let mut joined = String::new();
        let mut ends = Vec::new();
        for entry in cx.registry.group(group as u8) {
            joined.push_str(text(entry).as_deref().unwrap_or(""));
            ends.push(joined.len());
        }
        let narrow = u16::try_from(joined.len()).is_ok();
        let mut list = TokenStream::new();
        for end in ends {
            let end = if narrow {
                Literal::u16_unsuffixed(end as u16)
            } else {
                Literal::u32_unsuffixed(u32::try_from(end).unwrap_or(u32::MAX))
            };
            list.extend(quote!(#end,));
        }
        let chunk = if narrow {
            quote!(#rt::Chunk::narrow(#joined, &[#list]))
        } else {
            quote!(#rt::Chunk::wide(#joined, &[#list]))
        };
        let prefix = (prefix > 0).then(|| quote!(.with_prefix(#prefix)));
        chunks.extend(quote!(#cfg #chunk #prefix,));
    }
    quote!(#rt::Texts::new(&[#chunks]))
}

/// A column of small values, one expression per row.
fn column(cx: &Context, value: &dyn Fn(&Entry) -> TokenStream) -> TokenStream {
    let rt = runtime();
    let mut groups = TokenStream::new();
    for group in cx.groups() {
        let cfg = cx.group_cfg(group);
        let mut values = TokenStream::new();
        for entry in cx.registry.group(group as u8) {
            let value = value(entry);
            values.extend(quote!(#value,));
        }
        groups.extend(quote!(#cfg &[#values],));
    }
    quote!(#rt::Column::new(&[#groups]))
}

/// The registry's lists of header fields, and the columns of each row's
/// required and suggested lists as positions in them.
fn headers(cx: &Context) -> (TokenStream, TokenStream, TokenStream) {
    let mut lists = TokenStream::new();
    for list in &cx.registry.header_lists {
        lists.extend(quote!(&[#(#list),*],));
    }
    let required = column(cx, &|entry| {
        let at = Literal::u16_unsuffixed(entry.header_lists[0]);
        quote!(#at)
    });
    let suggested = column(cx, &|entry| {
        let at = Literal::u16_unsuffixed(entry.header_lists[1]);
        quote!(#at)
    });
    (lists, required, suggested)
}

/// For each number whose preferred row is a vendor's, that row's semantics
/// behind `not(feature)`: a build without the vendor answers for the
/// number as the row does, so that turning the vendor on changes no answer.
fn dormant(cx: &Context) -> TokenStream {
    let rt = runtime();
    let mut rows = TokenStream::new();
    for entry in &cx.registry.entries {
        let Some(feature) = entry.row.vendor.as_deref().filter(|_| entry.is_preferred()) else {
            continue;
        };
        let code = Literal::u16_unsuffixed(entry.row.code);
        let flags = flags(entry);
        let [required, suggested] = entry.header_lists.map(Literal::u16_unsuffixed);
        rows.extend(quote! {
            #[cfg(not(feature = #feature))]
            #rt::Dormant::new(#code, #flags, #required, #suggested),
        });
    }
    rows
}

/// The semantics of `entry`'s row as one byte, as status-core's `flags`
/// makes them.
fn flags(entry: &Entry) -> TokenStream {
    let rt = runtime();
    let semantics = &entry.row.semantics;
    let (content, cacheable) = (option(semantics.content), option(semantics.cacheable));
    let retry = match semantics.retry {
        Some(retry) => {
            let variant = format_ident!("{}", retry.variant());
            quote!(::core::option::Option::Some(#rt::Retry::#variant))
        }
        None => quote!(::core::option::Option::None),
    };
    let suggests_retry_after = semantics.suggested.iter().any(|name| name == "retry-after");
    let code = Literal::u16_unsuffixed(entry.row.code);
    quote!(#rt::flags(#code, #content, #cacheable, #retry, #suggests_retry_after))
}

fn option(value: Option<bool>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}
