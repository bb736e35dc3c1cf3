//! Generates a typed HTTP status code enum from a CSV registry at compile
//! time. This is the code generator behind `status-core`, which re-exports
//! the attribute as `status_core::registry` and provides the runtime the
//! generated code calls; a crate using it depends on `status-core`.
//!
//! ```ignore
//! #[status_core::registry("codes.csv")]
//! pub enum AppStatus {}
//! ```
//!
//! The registry format, the generated API and the error messages are
//! described in the documentation of `status-core`.

// The generator's modules, each testable as plain functions; see
// `generator/mod.rs`.
mod generator;
#[allow(clippy::wildcard_imports)]
use generator::*;

use proc_macro::TokenStream;
use std::path::PathBuf;
use syn::LitStr;

/// Replaces an empty enum by the statuses of a CSV registry.
///
/// See the documentation of `status-core` for the registry format and the
/// arguments: `#[registry("codes.csv", crate = path, vendor = Name, lang =
/// Name, doc_cfg)]`.
#[proc_macro_attribute]
pub fn registry(args: TokenStream, item: TokenStream) -> TokenStream {
    let item = proc_macro2::TokenStream::from(item);
    match generate(args.into(), item.clone()) {
        Ok(tokens) => tokens.into(),
        // Keeping the item keeps the type defined, so the error is not
        // followed by errors about a missing type.
        Err(error) => {
            let mut tokens = error.to_compile_error();
            tokens.extend(item);
            tokens.into()
        }
    }
}

fn generate(
    args: proc_macro2::TokenStream,
    item: proc_macro2::TokenStream,
) -> syn::Result<proc_macro2::TokenStream> {
    let options = attr::options(args)?;
    let (target, rejected) = attr::target(item)?;
    let names = attr::names(&target, &options)?;
    if let Some(errors) = rejected {
        return Ok(fallback::expand(&target, &names, errors, None));
    }
    let file = resolve(&options.path.value());
    let tracked = file.to_string_lossy().into_owned();
    let registry = read_registry(&file, &options.path);
    Ok(match registry {
        Ok(registry) => {
            pipeline::tokens(&target, &names, &registry, options.doc_cfg, Some(&tracked))
        }
        Err(errors) => {
            // A missing file cannot be tracked.
            let tracked = file.is_file().then_some(tracked.as_str());
            fallback::expand(&target, &names, errors, tracked)
        }
    })
}

/// Reads and checks the registry at `file`, every problem an error at the
/// path literal.
fn read_registry(file: &std::path::Path, path: &LitStr) -> Result<check::Registry, syn::Error> {
    if path.value().trim().is_empty() {
        return Err(syn::Error::new(
            path.span(),
            "the registry's path is empty; give the CSV file's path relative to the crate's Cargo.toml, as in #[registry(\"registry.csv\")]",
        ));
    }
    if file.is_dir() {
        return Err(syn::Error::new(
            path.span(),
            format!(
                "{}: cannot read the registry: it is a directory; give the path of the CSV file (relative to the crate's Cargo.toml directory)",
                path.value()
            ),
        ));
    }
    let bytes = std::fs::read(file).map_err(|error| {
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
    let features = crate_features();
    pipeline::registry(&bytes, features.as_deref()).map_err(|problems| located(path, &problems))
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
fn located(path: &LitStr, problems: &[problems::Problem]) -> syn::Error {
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
