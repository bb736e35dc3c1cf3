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
    tracked_file: Option<&str>,
) -> TokenStream {
    let registry = Registry::empty();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attr;
    use quote::quote;

    #[test]
    fn emits_the_errors_and_an_enum_with_its_api() {
        let (target, _) = attr::target(quote!(
            pub enum AppStatus {}
        ))
        .unwrap();
        let options = attr::options(quote!("codes.csv")).unwrap();
        let names = attr::names(&target, &options).unwrap();
        let error = syn::Error::new(proc_macro2::Span::call_site(), "codes.csv:3: a problem");
        let tokens = expand(&target, &names, error, None);
        let text = tokens.to_string();
        assert!(text.starts_with(":: core :: compile_error !"), "{text:.80}");
        assert!(text.contains("codes.csv:3: a problem"));
        // Everything after the error is the enum and its API, as Rust.
        let file: syn::File = syn::parse2(tokens).expect("the fallback parses");
        let enums: Vec<String> = file
            .items
            .iter()
            .filter_map(|item| match item {
                syn::Item::Enum(e) => Some(e.ident.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(enums, ["AppStatus", "AppStatusVendor", "AppStatusLang"]);
        assert!(!text.contains("include_bytes"), "nothing to track");
    }
}
