//! The generator as plain functions from a registry's bytes to tokens, for
//! the macro and for what drives it without the compiler: the tests, the
//! expansion bench and the fuzz target.

use crate::attr::{self, Names, Target};
use crate::check::{self, Registry};
use crate::problems::{Problem, Problems};
use crate::{expand, manifest, read};
use proc_macro2::TokenStream;

/// Reads and checks a registry: every problem of the file, in line order,
/// including vendors and languages that `features` lacks (when given).
pub fn registry(bytes: &[u8], features: Option<&[String]>) -> Result<Registry, Vec<Problem>> {
    let mut problems = Problems::default();
    let sheet = read::read(bytes, &mut problems);
    if let Some(features) = features {
        problems.extend(manifest::undeclared_features(&sheet, features));
    }
    let registry = check::check(sheet, &mut problems);
    problems.finish(registry)
}

/// The expansion of `registry` for `target`, as the macro emits it.
pub fn tokens(
    target: &Target,
    names: &Names,
    registry: &Registry,
    doc_cfg: bool,
    tracked_file: Option<&str>,
) -> TokenStream {
    let cx = expand::Context {
        target,
        names,
        registry,
        doc_cfg,
    };
    expand::expand(&cx, tracked_file)
}

/// The expansion of the registry `bytes` for `pub enum StatusCode {}` with
/// the default arguments: tokens, or every problem of the registry.
#[cfg_attr(not(test), allow(dead_code))]
pub fn expand_bytes(bytes: &[u8]) -> Result<TokenStream, Vec<Problem>> {
    let registry = registry(bytes, None)?;
    let item = quote::quote!(
        pub enum StatusCode {}
    );
    let (target, _) = attr::target(item).expect("a valid enum");
    let options = attr::options(quote::quote!("registry.csv")).expect("valid arguments");
    let names = attr::names(&target, &options).expect("distinct names");
    Ok(tokens(
        &target,
        &names,
        &registry,
        true,
        Some("/registry.csv"),
    ))
}
