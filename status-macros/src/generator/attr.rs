//! The attribute's arguments and the enum it is on.

use crate::naming;
use proc_macro2::{Ident, TokenStream};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, LitStr, Token, Visibility};

/// What the attribute says: `#[registry("codes.csv", crate = path,
/// vendor = Name, lang = Name, doc_cfg)]`.
pub struct Options {
    /// The registry's path, relative to the crate's manifest directory.
    pub path: LitStr,
    /// Where the runtime is: `::status_core` unless the crate re-exports it.
    pub krate: syn::Path,
    /// The name of the vendor enum, `{Enum}Vendor` unless given.
    pub vendor: Option<Ident>,
    /// The name of the language enum, `{Enum}Lang` unless given.
    pub lang: Option<Ident>,
    /// Whether to mark feature-gated items with `doc(cfg)` under `docsrs`,
    /// which needs `#![cfg_attr(docsrs, feature(doc_cfg))]` in the crate.
    pub doc_cfg: bool,
}

/// The user's empty enum: what it is called and what it carries.
pub struct Target {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
}

/// The names of the generated types next to the enum.
pub struct Names {
    pub status: Ident,
    pub vendor: Ident,
    pub lang: Ident,
    pub krate: syn::Path,
}

pub fn options(args: TokenStream) -> syn::Result<Options> {
    let parser = |input: ParseStream| {
        let path: LitStr = input.parse().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected the registry's path as a string literal, as in #[registry(\"registry.csv\")]",
            )
        })?;
        let mut options = Options {
            path,
            krate: syn::parse_quote!(::status_core),
            vendor: None,
            lang: None,
            doc_cfg: false,
        };
        let mut seen: Vec<String> = Vec::new();
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key = input.call(Ident::parse_any)?;
            let name = key.to_string();
            if seen.contains(&name) {
                return Err(syn::Error::new(
                    key.span(),
                    format!("`{name}` is given twice; give each argument of #[registry] once"),
                ));
            }
            match name.as_str() {
                "crate" => {
                    input.parse::<Token![=]>()?;
                    options.krate = input.call(syn::Path::parse_mod_style)?;
                }
                "vendor" => {
                    input.parse::<Token![=]>()?;
                    options.vendor = Some(input.parse()?);
                }
                "lang" => {
                    input.parse::<Token![=]>()?;
                    options.lang = Some(input.parse()?);
                }
                "doc_cfg" => {
                    if input.peek(Token![=]) {
                        return Err(syn::Error::new(
                            key.span(),
                            "`doc_cfg` takes no value: write `doc_cfg` to mark gated items for docs.rs, or leave it out",
                        ));
                    }
                    options.doc_cfg = true;
                }
                other => {
                    return Err(syn::Error::new(
                        key.span(),
                        format!("unknown argument `{other}`; after the path, #[registry] takes `crate = path`, `vendor = Name`, `lang = Name` and `doc_cfg`"),
                    ))
                }
            }
            seen.push(name);
        }
        Ok(options)
    };
    parser.parse2(args)
}

/// The enum the attribute is on, which must be empty. What the macro cannot
/// keep (generics, a `#[repr]`, a derive of a trait it implements or cannot
/// implement) is taken off and reported as the second value, so that the
/// caller can still emit the enum and the error comes alone.
pub fn target(item: TokenStream) -> syn::Result<(Target, Option<syn::Error>)> {
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
    let mut errors: Option<syn::Error> = None;
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        // The enum is emitted without its generics, so the error is not
        // followed by one for each unused parameter.
        errors = Some(syn::Error::new(
            input.generics.span(),
            "the status enum cannot be generic: its variants come from the registry and carry no data",
        ));
    }
    let mut attrs = input.attrs;
    attrs.retain(|attr| match attr_error(attr) {
        Ok(()) => true,
        Err(error) => {
            match &mut errors {
                Some(errors) => errors.combine(error),
                None => errors = Some(error),
            }
            false
        }
    });
    let target = Target {
        attrs,
        vis: input.vis,
        ident: input.ident,
    };
    Ok((target, errors))
}

/// Why the macro cannot keep `attr` on the enum, if it cannot.
fn attr_error(attr: &Attribute) -> syn::Result<()> {
    if attr.path().is_ident("repr") {
        return Err(syn::Error::new(
            attr.span(),
            "#[registry] gives the enum its representation (`u16`, the discriminant being the code); remove this #[repr]",
        ));
    }
    check_derives(std::slice::from_ref(attr))
}

/// A user's `#[derive]` of a trait the macro already provides would only
/// fail later with conflicting implementations; say so at the derive.
fn check_derives(attrs: &[Attribute]) -> syn::Result<()> {
    for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let paths = attr.parse_args_with(
            syn::punctuated::Punctuated::<syn::Path, Token![,]>::parse_terminated,
        )?;
        for path in paths {
            let name = path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default();
            let generated = crate::expand::TRAITS
                .iter()
                .any(|path| path.rsplit("::").next() == Some(name.as_str()));
            if generated {
                return Err(syn::Error::new(
                    path.span(),
                    format!("#[registry] already implements `{name}` for the enum; remove it from this derive"),
                ));
            }
            if name == "Default" {
                return Err(syn::Error::new(
                    path.span(),
                    "#[registry] cannot derive `Default`: the variants come from the registry, so none can carry `#[default]`; remove it from this derive and implement `Default` by hand if you need it",
                ));
            }
        }
    }
    Ok(())
}

/// The names of the enum and its companions, which must differ and leave
/// the generator's `__` names alone.
pub fn names(target: &Target, options: &Options) -> syn::Result<Names> {
    let status = target.ident.clone();
    let companion = |given: &Option<Ident>, suffix: &str| {
        given
            .clone()
            .unwrap_or_else(|| Ident::new(&format!("{}{suffix}", status.unraw()), status.span()))
    };
    let names = Names {
        vendor: companion(&options.vendor, "Vendor"),
        lang: companion(&options.lang, "Lang"),
        status,
        krate: options.krate.clone(),
    };
    // `r#Name` is `Name`: compared and checked without the prefix.
    for ident in [&names.status, &names.vendor, &names.lang] {
        if naming::is_reserved_prefix(&ident.unraw().to_string()) {
            return Err(syn::Error::new(
                ident.span(),
                format!("`{ident}` starts with `__`, which is kept for the generator's own items; choose another name"),
            ));
        }
    }
    let clash = |a: &Ident, b: &Ident| (a.unraw() == b.unraw()).then(|| b.span());
    if let Some(span) = clash(&names.status, &names.vendor)
        .or_else(|| clash(&names.status, &names.lang))
        .or_else(|| clash(&names.vendor, &names.lang))
    {
        return Err(syn::Error::new(
            span,
            "the status enum, its vendor enum (`vendor = ...`) and its language enum (`lang = ...`) need three different names",
        ));
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::{quote, ToTokens};

    fn target_of(tokens: TokenStream) -> Target {
        target(tokens).unwrap().0
    }

    #[test]
    fn reads_every_argument() {
        let options = options(quote!(
            "codes.csv",
            crate = my::status,
            vendor = V,
            lang = L,
            doc_cfg,
        ))
        .unwrap();
        assert_eq!(options.path.value(), "codes.csv");
        assert_eq!(options.krate.to_token_stream().to_string(), "my :: status");
        assert_eq!(options.vendor.unwrap(), "V");
        assert_eq!(options.lang.unwrap(), "L");
        assert!(options.doc_cfg);
        let defaults = options_or_panic(quote!("codes.csv"));
        assert_eq!(
            defaults.krate.to_token_stream().to_string(),
            ":: status_core"
        );
        assert!(!defaults.doc_cfg);
    }

    fn options_or_panic(tokens: TokenStream) -> Options {
        options(tokens).unwrap()
    }

    #[test]
    fn rejects_unknown_arguments_and_a_missing_path() {
        let error = options(quote!("codes.csv", colour = red)).err().unwrap();
        assert!(error.to_string().contains("unknown argument `colour`"));
        let error = options(quote!(codes)).err().unwrap();
        assert!(error.to_string().contains("string literal"));
        let error = options(quote!("codes.csv", vendor = A, vendor = B))
            .err()
            .unwrap();
        assert!(error.to_string().contains("`vendor` is given twice"));
        let error = options(quote!("codes.csv", doc_cfg = false)).err().unwrap();
        assert!(error.to_string().contains("takes no value"));
    }

    #[test]
    fn names_companions_after_the_enum() {
        let target = target_of(quote!(
            pub enum AppStatus {}
        ));
        let names = names(&target, &options_or_panic(quote!("c.csv"))).unwrap();
        assert_eq!(names.vendor, "AppStatusVendor");
        assert_eq!(names.lang, "AppStatusLang");
        let same = options_or_panic(quote!("c.csv", vendor = AppStatus));
        assert!(super::names(&target, &same).is_err());
        let reserved = target_of(quote!(
            enum __Status {}
        ));
        assert!(super::names(&reserved, &options_or_panic(quote!("c.csv"))).is_err());
        // A raw identifier names the same item as the plain one.
        let raw = options_or_panic(quote!("c.csv", vendor = r#__status));
        assert!(super::names(&target, &raw).is_err());
        let raw = options_or_panic(quote!("c.csv", lang = r#AppStatus));
        assert!(super::names(&target, &raw).is_err());
    }

    #[test]
    fn rejects_what_the_macro_cannot_fill() {
        for (item, expected) in [
            (
                quote!(
                    struct S;
                ),
                "empty enum",
            ),
            (
                quote!(
                    enum E {
                        A,
                    }
                ),
                "must be empty",
            ),
        ] {
            let error = target(item).err().unwrap().to_string();
            assert!(error.contains(expected), "{error}");
        }
        // The enum itself is fine: the attributes are taken off and reported.
        for (item, expected) in [
            (
                quote!(
                    #[repr(u8)]
                    #[doc = "kept"]
                    enum E {}
                ),
                "#[repr]",
            ),
            (
                quote!(
                    #[derive(Debug)]
                    #[doc = "kept"]
                    enum E {}
                ),
                "`Debug`",
            ),
            (
                quote!(
                    #[derive(Default)]
                    #[doc = "kept"]
                    enum E {}
                ),
                "`Default`",
            ),
            (
                quote!(
                    #[doc = "kept"]
                    enum E<T>
                    where
                        T: Copy, {}
                ),
                "generic",
            ),
        ] {
            let (target, error) = target(item).unwrap();
            assert!(error.unwrap().to_string().contains(expected));
            assert_eq!(target.attrs.len(), 1);
        }
    }
}
