//! Generates a typed HTTP status code enum from a CSV registry at compile time.
//!
//! ```ignore
//! #[status_macros::registry("registry.csv")]
//! pub enum StatusCode {}
//! ```
//!
//! The attribute goes on an empty enum; the enum keeps its name, visibility,
//! documentation and other attributes, and gains one variant per registry row
//! together with conversions, predicates and `Display`. Next to it the macro
//! defines `StatusClass`, `Vendor`, `Lang`, `Localized`, `UnknownStatusCode`
//! and `ParseStatusError`, so use it at most once per module.
//!
//! Columns: `Value`, `Description`, `Reference` (IANA's, required), and
//! optionally `Vendor` (the Cargo feature that enables the row), `Summary`,
//! `Identifier` (variant name override), `Aliases` (former names, `;`
//! separated, generated as deprecated constants), and `Description@TAG` /
//! `Summary@TAG` for texts in the language `TAG`, enabled by the feature
//! `lang-TAG`. Every vendor and language feature must be declared by the
//! invoking crate.
//!
//! The path is relative to the invoking crate's `CARGO_MANIFEST_DIR`. The file
//! format, the generated API and the error messages are described in the
//! documentation of `status-core`, the crate that applies this macro to the
//! project's own registry.
//!
//! A registry that cannot be used is a compile error pointing at the path,
//! one error per problem, each of the form `FILE:LINE: problem`.

mod docs;
mod expand;
mod manifest;
mod naming;
mod registry;

#[cfg(test)]
mod properties;

use proc_macro::TokenStream;
use std::path::PathBuf;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, LitStr};

/// Replaces an empty enum by the statuses of a CSV registry.
///
/// See the [crate documentation](crate) for the registry format.
#[proc_macro_attribute]
pub fn registry(args: TokenStream, item: TokenStream) -> TokenStream {
    let args = proc_macro2::TokenStream::from(args);
    let item = proc_macro2::TokenStream::from(item);
    match generate(args, item) {
        Ok(tokens) => tokens.into(),
        Err(error) => error.to_compile_error().into(),
    }
}

fn generate(
    args: proc_macro2::TokenStream,
    item: proc_macro2::TokenStream,
) -> syn::Result<proc_macro2::TokenStream> {
    let path: LitStr = syn::parse2(args).map_err(|error| {
        syn::Error::new(
            error.span(),
            "expected the registry's path as a string literal, as in #[registry(\"registry.csv\")]",
        )
    })?;
    let target = parse_target(item)?;
    let file = resolve(&path.value());
    let bytes = std::fs::read(&file).map_err(|error| {
        let why = match error.kind() {
            std::io::ErrorKind::NotFound => "file not found".to_owned(),
            _ => error.to_string(),
        };
        syn::Error::new(
            path.span(),
            format!(
                "{}: cannot read the registry: {why} (the path is relative to the crate's Cargo.toml directory)",
                path.value()
            ),
        )
    })?;
    let (rows, tags, mut problems) = registry::read_rows(&bytes);
    if let Some(features) = crate_features() {
        problems.extend(manifest::undeclared_features(&rows, &tags, &features));
    }
    let registry =
        registry::finish(rows, &tags, problems).map_err(|problems| located(&path, &problems))?;
    let tracked = file.to_string_lossy();
    Ok(expand::expand(&target, &registry, &tracked))
}

/// The enum the attribute is on, which must be empty and not generic.
fn parse_target(item: proc_macro2::TokenStream) -> syn::Result<expand::Target> {
    let input: DeriveInput = syn::parse2(item)?;
    let Data::Enum(data) = &input.data else {
        return Err(syn::Error::new(
            input.ident.span(),
            "#[registry] goes on an empty enum, as in `pub enum StatusCode {}`",
        ));
    };
    if let Some(variant) = data.variants.first() {
        return Err(syn::Error::new(
            variant.span(),
            "the enum must be empty: its variants come from the registry",
        ));
    }
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        return Err(syn::Error::new(
            input.generics.span(),
            "the status enum cannot be generic",
        ));
    }
    check_derives(&input.attrs)?;
    Ok(expand::Target {
        attrs: input.attrs,
        vis: input.vis,
        ident: input.ident,
    })
}

/// The traits the generated enum derives or implements itself.
const GENERATED_TRAITS: [&str; 8] = [
    "Clone",
    "Copy",
    "PartialEq",
    "Eq",
    "Hash",
    "PartialOrd",
    "Ord",
    "Debug",
];

/// A user's `#[derive]` of a trait the macro already provides would only
/// fail later with conflicting implementations; say so at the derive.
fn check_derives(attrs: &[syn::Attribute]) -> syn::Result<()> {
    for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let paths = attr.parse_args_with(
            syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
        )?;
        for path in paths {
            let name = path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default();
            if GENERATED_TRAITS.contains(&name.as_str()) {
                return Err(syn::Error::new(
                    path.span(),
                    format!("#[registry] already implements `{name}` for the enum; remove it from this derive"),
                ));
            }
        }
    }
    Ok(())
}

/// The features declared by the invoking crate, or `None` when its manifest
/// cannot be read (then vendors are not checked).
fn crate_features() -> Option<Vec<String>> {
    let dir = std::env::var_os("CARGO_MANIFEST_DIR")?;
    let manifest = std::fs::read_to_string(PathBuf::from(dir).join("Cargo.toml")).ok()?;
    Some(manifest::declared_features(&manifest))
}

/// Registry paths are relative to the invoking crate's manifest directory.
fn resolve(path: &str) -> PathBuf {
    let base = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
    base.join(path)
}

/// One error per problem, all pointing at the path literal.
fn located(path: &LitStr, problems: &[registry::Problem]) -> syn::Error {
    let file = path.value();
    let mut errors = problems.iter().map(|problem| {
        let message = match problem.line {
            Some(line) => format!("{file}:{line}: {}", problem.message),
            None => format!("{file}: {}", problem.message),
        };
        syn::Error::new(path.span(), message)
    });
    let mut first = errors
        .next()
        .unwrap_or_else(|| syn::Error::new(path.span(), format!("{file}: invalid registry")));
    for error in errors {
        first.combine(error);
    }
    first
}
