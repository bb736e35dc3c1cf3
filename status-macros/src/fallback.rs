//! What to emit when the registry cannot be used: the errors, and next to
//! them the enum and its API with no registered status, so that the rest
//! of the crate still finds the type, its methods and its companions, and
//! the build shows the registry's problems rather than a cascade of
//! errors about missing items.

use crate::attr::{Names, Target};
use crate::check::Registry;
use crate::expand::{self, Context};
use proc_macro2::TokenStream;

pub fn expand(
    target: &Target,
    names: &Names,
    errors: syn::Error,
    tracked_file: &str,
) -> TokenStream {
    let registry = Registry {
        entries: Vec::new(),
        vendors: Vec::new(),
        languages: Vec::new(),
        further: 0,
    };
    let cx = Context {
        target,
        names,
        registry: &registry,
        doc_cfg: false,
    };
    let mut tokens = errors.to_compile_error();
    tokens.extend(expand::expand(&cx, tracked_file));
    tokens
}
