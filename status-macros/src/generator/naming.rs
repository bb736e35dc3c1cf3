//! Turning reason phrases and feature names into Rust identifiers.

use proc_macro2::Ident;

/// The variant name for a row: the `Identifier` cell when given, else the
/// reason phrase in UpperCamelCase.
pub fn variant_ident(description: &str, identifier: Option<&str>) -> Result<Ident, String> {
    match identifier {
        Some(name) => parse_ident(name)
            .map_err(|why| format!("the identifier `{name}` in the `Identifier` column {why}")),
        None => {
            let name = upper_camel_case(description);
            if name.is_empty() {
                return Err(format!(
                    "the description `{description}` yields no identifier (it has no ASCII letters or digits); add one in the `Identifier` column"
                ));
            }
            parse_ident(&name).map_err(|why| {
                format!(
                    "the description `{description}` yields `{name}`, which {why}; add a name in the `Identifier` column"
                )
            })
        }
    }
}

/// The name of a deprecated alias from the `Aliases` column.
pub fn alias_ident(name: &str) -> Result<Ident, String> {
    parse_ident(name).map_err(|why| format!("the alias `{name}` in the `Aliases` column {why}"))
}

/// A name as `from_name` compares it: without spaces, underscores,
/// hyphens and apostrophes, ASCII letters in lower case, so that `Not
/// Found`, `NOT_FOUND`, `not-found` and `NotFound` are one name. status-core's
/// `from_name` reads its input the same way.
pub fn name_key(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '\''))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The Cargo feature that enables the texts of the language `tag`.
pub fn language_feature(tag: &str) -> String {
    format!("lang-{}", tag.to_ascii_lowercase())
}

/// The variant of the generated vendor enum for a vendor feature.
pub fn vendor_ident(feature: &str) -> Result<Ident, String> {
    let name = upper_camel_case(feature);
    parse_ident(&name).map_err(|why| format!("vendor `{feature}` yields `{name}`, which {why}"))
}

/// `"I'm a teapot"` → `ImATeapot`, `"HTTP Version Not Supported"` →
/// `HttpVersionNotSupported`, `"Not Extended (OBSOLETED)"` → `NotExtended`.
///
/// Words are split at anything that is not an ASCII letter or digit, except
/// apostrophes, which vanish inside a word. A word written all in capitals is
/// an acronym and becomes `Http`, as Rust's naming conventions ask; any other
/// word keeps its inner capitals (`WebDAV`). Parenthesised remarks, which
/// IANA uses for notes such as `(OBSOLETED)`, are not part of the name.
pub fn upper_camel_case(phrase: &str) -> String {
    let mut name = String::with_capacity(phrase.len());
    for word in without_remarks(phrase)
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .map(|w| w.replace('\'', ""))
        .filter(|w| !w.is_empty())
    {
        let acronym = word.len() > 1 && !word.chars().any(|c| c.is_ascii_lowercase());
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
        }
        if acronym {
            name.extend(chars.map(|c| c.to_ascii_lowercase()));
        } else {
            name.extend(chars);
        }
    }
    name
}

fn without_remarks(phrase: &str) -> String {
    let mut depth = 0usize;
    let mut kept = String::with_capacity(phrase.len());
    for c in phrase.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => kept.push(c),
            _ => kept.push(' '),
        }
    }
    kept
}

/// The associated items a status enum has (status-core's `status_methods!`
/// and the `Status` trait): a variant or alias of the same name would make
/// `Enum::name` ambiguous. A test checks the list against status-core.
pub const STATUS_MEMBERS: &[&str] = &[
    "ALL",
    "allows_content",
    "as_str",
    "class",
    "code",
    "from_bytes",
    "from_name",
    "from_u16",
    "from_vendor",
    "is_cacheable_by_default",
    "is_client_error",
    "is_informational",
    "is_redirection",
    "is_registered",
    "is_server_error",
    "is_standard",
    "is_success",
    "is_transient",
    "localized",
    "meanings",
    "reason",
    "reason_in",
    "reference",
    "required_headers",
    "retry",
    "status_line",
    "suggested_headers",
    "summary",
    "summary_in",
    "translated_reason",
    "translated_summary",
    "understood",
    "vendor",
    "vendor_feature",
];

/// The members of the generated vendor enum besides the vendors.
pub const VENDOR_MEMBERS: &[&str] = &["ALL", "Standard", "feature", "name"];

/// The members of the generated language enum besides the languages.
pub const LANG_MEMBERS: &[&str] = &[
    "ALL",
    "En",
    "from_accept_language",
    "from_tag",
    "lookup",
    "tag",
    "zero_digit",
];

/// Names starting with two underscores belong to the generator: its hidden
/// variants (`__299`) and the items of its private scope.
pub fn is_reserved_prefix(name: &str) -> bool {
    name.starts_with("__")
}

/// Why `ident` cannot name a member of the `of` enum, which has
/// `members`: a clause such as "is already the name of a generated item of
/// the status enum", or `None` when it can.
pub fn member_clash(ident: &Ident, members: &[&str], of: &str) -> Option<String> {
    let name = ident.to_string();
    if is_reserved_prefix(&name) {
        return Some("starts with `__`, which the generator keeps for its own items".to_owned());
    }
    members
        .contains(&name.as_str())
        .then(|| format!("is already the name of a generated item of the {of}"))
}

/// Checks that `name` is a plain identifier that can name an enum variant.
fn parse_ident(name: &str) -> Result<Ident, String> {
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        return Err("starts with a digit".to_owned());
    }
    if name.starts_with("r#") {
        return Err("is a raw identifier".to_owned());
    }
    // Reserved from the 2024 edition on, which syn's list predates.
    if name == "gen" {
        return Err("is a keyword of Rust 2024".to_owned());
    }
    // Inside the compiler, `parse_str` runs rustc's own lexer, which
    // reports what it cannot lex (a no-break space, `1e`) as an error of
    // its own, without the registry's line; so only identifier characters
    // reach it.
    if let Some(c) = name.chars().enumerate().find_map(|(at, c)| {
        let allowed = if at == 0 {
            c == '_' || unicode_ident::is_xid_start(c)
        } else {
            unicode_ident::is_xid_continue(c)
        };
        (!allowed).then_some(c)
    }) {
        return Err(format!(
            "is not a valid Rust identifier: it contains {}",
            describe_char(c)
        ));
    }
    match syn::parse_str::<Ident>(name) {
        // The lexer drops comments, so `Foo // note` would read as `Foo`.
        Ok(ident) if ident == name => Ok(ident),
        _ => Err("is not a valid Rust identifier".to_owned()),
    }
}

/// `c` as a reader can tell it apart: a space by name, others with their
/// code point.
fn describe_char(c: char) -> String {
    match c {
        ' ' => "a space".to_owned(),
        c if c.is_ascii_graphic() => format!("`{c}`"),
        c => format!("the character U+{:04X}", u32::from(c)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_cases_reason_phrases() {
        let cases = [
            ("Not Found", "NotFound"),
            ("I'm a teapot", "ImATeapot"),
            ("OK", "Ok"),
            ("IM Used", "ImUsed"),
            ("HTTP Version Not Supported", "HttpVersionNotSupported"),
            (
                "Non-Authoritative Information",
                "NonAuthoritativeInformation",
            ),
            ("Login Time-out", "LoginTimeOut"),
            (
                "HTTP Request Sent to HTTPS Port",
                "HttpRequestSentToHttpsPort",
            ),
            ("Site is frozen", "SiteIsFrozen"),
            ("Not Extended (OBSOLETED)", "NotExtended"),
            ("WebDAV Thing", "WebDAVThing"),
            ("Multi-Status", "MultiStatus"),
        ];
        for (phrase, expected) in cases {
            assert_eq!(upper_camel_case(phrase), expected, "{phrase}");
        }
    }

    #[test]
    fn only_identifier_characters_reach_the_lexer() {
        for (name, why) in [
            ("Not\u{a0}Found", "the character U+00A0"),
            ("A 1e", "a space"),
            ("Café-Bar", "`-`"),
        ] {
            let error = variant_ident("x", Some(name)).unwrap_err();
            assert!(error.contains(why), "{name}: {error}");
        }
        assert_eq!(variant_ident("x", Some("Café")).unwrap(), "Café");
    }

    #[test]
    fn uses_the_override_when_given() {
        let ident = variant_ident("Not Found", Some("Missing")).unwrap();
        assert_eq!(ident.to_string(), "Missing");
    }

    #[test]
    fn rejects_phrases_without_a_usable_name() {
        let empty = variant_ident("???", None).unwrap_err();
        assert!(empty.contains("yields no identifier"), "{empty}");
        let digit = variant_ident("2xx Thing", None).unwrap_err();
        assert!(digit.contains("starts with a digit"), "{digit}");
        let keyword = variant_ident("self", None).unwrap_err();
        assert!(keyword.contains("`Self`"), "{keyword}");
    }

    #[test]
    fn rejects_bad_overrides_and_aliases() {
        assert!(variant_ident("Not Found", Some("fn")).is_err());
        assert!(variant_ident("Not Found", Some("Not Found")).is_err());
        assert!(variant_ident("Not Found", Some("Foo // note")).is_err());
        assert!(variant_ident("Not Found", Some("Foo /* note */")).is_err());
        assert!(alias_ident("r#Foo").is_err());
        let edition_2024 = variant_ident("Not Found", Some("gen")).unwrap_err();
        assert!(edition_2024.contains("Rust 2024"), "{edition_2024}");
        assert!(alias_ident("PayloadTooLarge").is_ok());
    }

    #[test]
    fn finds_clashes_with_generated_members() {
        let ident = |name: &str| syn::parse_str::<Ident>(name).unwrap();
        let clash = |name: &str, members| member_clash(&ident(name), members, "enum");
        assert!(clash("ALL", STATUS_MEMBERS).is_some());
        assert!(clash("from_u16", STATUS_MEMBERS).is_some());
        assert!(clash("__499", STATUS_MEMBERS).unwrap().contains("`__`"));
        assert!(clash("NotFound", STATUS_MEMBERS).is_none());
        assert!(clash("Standard", VENDOR_MEMBERS).is_some());
        assert!(clash("En", LANG_MEMBERS).is_some());
    }

    /// The names `pub` items take in the block that starts with `opening`
    /// in `source`, up to its closing brace.
    fn items_of_block(source: &str, opening: &str) -> Vec<String> {
        let start = source
            .find(opening)
            .unwrap_or_else(|| panic!("no `{opening}`"));
        let mut depth = 0;
        let mut end = start;
        for (at, c) in source[start..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 1 => {
                    end = start + at;
                    break;
                }
                '}' => depth -= 1,
                _ => {}
            }
        }
        let mut names = Vec::new();
        for line in source[start..end].lines().map(str::trim) {
            let rest = ["pub const fn ", "pub fn ", "pub const ", "fn "]
                .iter()
                .find_map(|prefix| line.strip_prefix(prefix));
            if let Some(rest) = rest {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                names.push(name);
            }
        }
        names.sort();
        names
    }

    fn status_core_source(file: &str) -> String {
        let path = format!("{}/../status-core/src/{file}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
    }

    #[test]
    fn reserved_names_are_the_members_status_core_defines() {
        let methods = status_core_source("methods.rs");
        let mut status = items_of_block(&methods, "impl $status {");
        let trait_methods = items_of_block(&status_core_source("status.rs"), "pub trait Status:");
        status.extend(trait_methods);
        status.sort();
        status.dedup();
        assert_eq!(status, STATUS_MEMBERS, "STATUS_MEMBERS");
        let mut vendor = items_of_block(&methods, "impl $vendor {");
        vendor.push("Standard".to_owned());
        vendor.sort();
        assert_eq!(vendor, VENDOR_MEMBERS, "VENDOR_MEMBERS");
        let mut lang = items_of_block(&methods, "impl $lang {");
        lang.push("En".to_owned());
        lang.sort();
        assert_eq!(lang, LANG_MEMBERS, "LANG_MEMBERS");
    }

    #[test]
    fn name_keys_join_the_usual_spellings() {
        for name in [
            "Not Found",
            "NOT_FOUND",
            "not-found",
            "NotFound",
            "not found",
        ] {
            assert_eq!(name_key(name), "notfound", "{name}");
        }
        assert_eq!(name_key("I'm a teapot"), name_key("IM_A_TEAPOT"));
        assert_eq!(name_key("Not Found!"), "notfound!");
    }

    #[test]
    fn names_vendors() {
        assert_eq!(vendor_ident("nginx").unwrap().to_string(), "Nginx");
        assert_eq!(vendor_ident("my-cdn").unwrap().to_string(), "MyCdn");
    }
}
