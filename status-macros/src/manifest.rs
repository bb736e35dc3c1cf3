//! The invoking crate's Cargo features, read from its `Cargo.toml`.
//!
//! A vendor row is compiled only when the feature of the same name is on.
//! A vendor whose feature the crate does not declare could never be turned
//! on, so the generator reports it instead of dropping its rows silently.

use crate::registry::{Problem, Registry};

/// The feature names declared in the `[features]` table of a manifest.
///
/// This reads the table's keys line by line rather than parsing TOML in
/// full, which keeps the macro's dependencies small; it understands the
/// usual layout (`name = [...]`, quoted keys, arrays over several lines).
pub fn declared_features(manifest: &str) -> Vec<String> {
    let mut features = Vec::new();
    let mut in_features = false;
    for line in manifest.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.starts_with('[')
            && !line.starts_with("[[")
            && line.ends_with(']')
            && !line.contains('=')
        {
            in_features = line[1..line.len() - 1].trim() == "features";
            continue;
        }
        if line.starts_with("[[") {
            in_features = false;
            continue;
        }
        if !in_features {
            continue;
        }
        if let Some((key, _)) = line.split_once('=') {
            let key = key.trim().trim_matches(|c| c == '"' || c == '\'');
            if !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_+.".contains(c))
            {
                features.push(key.to_owned());
            }
        }
    }
    features
}

/// One problem for each vendor or language of `registry` whose feature
/// `features` lacks: vendors at the first line that names them, languages at
/// the header.
pub fn undeclared_features(registry: &Registry, features: &[String]) -> Vec<Problem> {
    let mut problems = undeclared_vendors(registry, features);
    problems.extend(
        registry
            .languages
            .iter()
            .filter(|language| !features.contains(&language.feature))
            .map(|language| Problem {
                line: Some(1),
                message: format!(
                    "the columns for language `{0}` need the feature `{1}`, which this crate does not declare; add `{1} = []` under `[features]` in Cargo.toml",
                    language.tag, language.feature
                ),
            }),
    );
    problems
}

fn undeclared_vendors(registry: &Registry, features: &[String]) -> Vec<Problem> {
    registry
        .vendors
        .iter()
        .filter(|vendor| !features.contains(&vendor.feature))
        .map(|vendor| {
            let line = registry
                .entries
                .iter()
                .filter(|e| e.row.vendor.as_ref() == Some(&vendor.feature))
                .map(|e| e.row.line)
                .min();
            Problem {
                line,
                message: format!(
                    "vendor `{0}` is not a feature of this crate, so its rows could never be enabled; add `{0} = []` under `[features]` in Cargo.toml",
                    vendor.feature
                ),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_feature_keys() {
        let manifest = r#"
[package]
name = "x"
features = "not this"

[features]
default = []
nginx = []
"quoted-key" = ["nginx"]
unofficial = [
    "spring", # a comment = with equals
    "twitter",
]
spring = [] # trailing comment

[dependencies]
serde = { version = "1", optional = true }
"#;
        assert_eq!(
            declared_features(manifest),
            ["default", "nginx", "quoted-key", "unofficial", "spring"]
        );
    }

    #[test]
    fn finds_no_features_without_the_table() {
        assert!(declared_features("[package]\nname = \"x\"\n").is_empty());
        assert!(declared_features("[[bin]]\nname = \"x\"\n").is_empty());
    }

    #[test]
    fn reports_each_missing_vendor_at_its_first_row() {
        let csv = "Value,Description,Reference,Vendor\n444,No Response,,nginx\n520,Unknown,,cloudflare\n499,Closed,,nginx\n";
        let registry = crate::registry::parse(csv.as_bytes()).unwrap();
        let problems = undeclared_features(&registry, &["nginx".to_owned()]);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(3));
        assert!(problems[0].message.contains("`cloudflare = []`"));
    }

    #[test]
    fn reports_a_language_without_its_feature() {
        let csv = "Value,Description,Reference,Description@bn\n404,Not Found,,পাওয়া যায়নি\n";
        let registry = crate::registry::parse(csv.as_bytes()).unwrap();
        let problems = undeclared_features(&registry, &[]);
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].message.contains("`lang-bn = []`"),
            "{}",
            problems[0].message
        );
        assert!(undeclared_features(&registry, &["lang-bn".to_owned()]).is_empty());
    }
}
