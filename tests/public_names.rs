//! The public names that status-core's registry generates stay: a name in
//! the record `tests/data/public-names.txt` that the build no longer
//! generates fails the test, unless the registry keeps it as a deprecated
//! alias. Variant names come from reason phrases, so editing a phrase
//! would otherwise rename a public variant and break its users silently.
//!
//! Adding names never fails. To record them, run with every feature:
//!
//! ```text
//! RECORD_NAMES=1 cargo test --test public_names --all-features
//! ```
//!
//! which adds the names of the build to the record and keeps every name
//! already there.

mod common;

use status_core::{Lang, StatusCode, Vendor};
use std::collections::BTreeSet;

const RECORD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/public-names.txt");

/// One recorded name: what it names, the name, and the feature it needs.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
struct Name {
    kind: String,
    name: String,
    feature: Option<String>,
}

impl Name {
    fn new(kind: &str, name: impl Into<String>, feature: Option<&str>) -> Self {
        Name {
            kind: kind.to_owned(),
            name: name.into(),
            feature: feature.map(str::to_owned),
        }
    }

    fn line(&self) -> String {
        match &self.feature {
            Some(feature) => format!("{} {} {feature}", self.kind, self.name),
            None => format!("{} {}", self.kind, self.name),
        }
    }

    /// Whether this build can have the name at all.
    fn enabled(&self) -> bool {
        self.feature.as_deref().is_none_or(common::feature_enabled)
    }
}

fn read_record() -> BTreeSet<Name> {
    let text = std::fs::read_to_string(RECORD).expect("tests/data/public-names.txt is readable");
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let mut words = line.split_whitespace();
            let kind = words.next().unwrap();
            let name = words
                .next()
                .unwrap_or_else(|| panic!("no name in `{line}`"));
            Name::new(kind, name, words.next())
        })
        .collect()
}

/// The deprecated aliases of the registry, with the feature of their row.
fn aliases() -> Vec<(String, Option<String>)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/registry.csv");
    let mut reader = csv::Reader::from_path(path).expect("registry.csv is readable");
    let headers = reader.headers().expect("a header").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (aliases, vendor) = (column("Aliases"), column("Vendor"));
    let mut found = Vec::new();
    for record in reader.records() {
        let record = record.expect("well-formed rows");
        let feature = Some(record[vendor].trim()).filter(|v| !v.is_empty());
        for alias in record[aliases]
            .split(';')
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            found.push((alias.to_owned(), feature.map(str::to_owned)));
        }
    }
    found
}

/// The features status-core declares.
fn features() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/status-core/Cargo.toml");
    let manifest = std::fs::read_to_string(path).expect("status-core/Cargo.toml is readable");
    let mut in_features = false;
    let mut found = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_features = line == "[features]";
        } else if in_features {
            if let Some((key, _)) = line.split_once('=') {
                let key = key.trim();
                if !key.starts_with('#') && key != "default" {
                    found.push(key.to_owned());
                }
            }
        }
    }
    found
}

/// Every public name of this build.
fn generated() -> BTreeSet<Name> {
    let mut names = BTreeSet::new();
    for status in StatusCode::ALL {
        let feature = status.vendor().and_then(Vendor::feature);
        names.insert(Name::new("variant", format!("{status:?}"), feature));
    }
    for (alias, feature) in aliases() {
        names.insert(Name::new("alias", alias, feature.as_deref()));
    }
    for vendor in Vendor::ALL {
        names.insert(Name::new("vendor", format!("{vendor:?}"), vendor.feature()));
    }
    for lang in Lang::ALL {
        let feature = (*lang != Lang::En).then(|| format!("lang-{}", lang.tag()));
        names.insert(Name::new("lang", format!("{lang:?}"), feature.as_deref()));
    }
    for feature in features() {
        names.insert(Name::new("feature", feature, None));
    }
    names
}

/// Why `recorded` is missing from the names this build generates, if it is.
fn missing(recorded: &Name, generated: &BTreeSet<Name>) -> Option<String> {
    let has = |kind: &str| {
        generated
            .iter()
            .any(|n| n.kind == kind && n.name == recorded.name)
    };
    let name = &recorded.name;
    match recorded.kind.as_str() {
        // A variant may live on as an alias, and an alias as a variant.
        "variant" | "alias" if has("variant") || has("alias") => None,
        "variant" | "alias" => Some(format!(
            "`StatusCode::{name}` is no longer generated: its row's reason phrase or `Identifier` changed, or the row is gone. \
             Code that names it would stop compiling. To rename the status without breaking it, add `{name}` to the `Aliases` \
             column of the row in registry.csv (names separated by `;`), which keeps it as a deprecated constant."
        )),
        "vendor" if has("vendor") => None,
        "vendor" => Some(format!(
            "`Vendor::{name}` is no longer generated: a vendor was renamed or removed in registry.csv's `Vendor` column. \
             Keep the vendor's name, since users match on it."
        )),
        "lang" if has("lang") => None,
        "lang" => Some(format!(
            "`Lang::{name}` is no longer generated: a language column of registry.csv was renamed or removed."
        )),
        "feature" if has("feature") => None,
        "feature" => Some(format!(
            "the Cargo feature `{name}` is gone from status-core/Cargo.toml; users who turn it on would stop building. \
             Keep it, if need be as an alias of another feature (`{name} = [\"other\"]`)."
        )),
        other => Some(format!("unknown kind `{other}` in tests/data/public-names.txt")),
    }
}

#[test]
fn recorded_public_names_are_still_generated() {
    let record = read_record();
    let generated = generated();
    if std::env::var_os("RECORD_NAMES").is_some() {
        let mut all: BTreeSet<Name> = record.clone();
        all.extend(generated.iter().cloned());
        let mut text = String::from(
            "# The public names status-core's registry generates. tests/public_names.rs fails\n\
             # when one of them disappears; add names with\n\
             #   RECORD_NAMES=1 cargo test --test public_names --all-features\n\
             # Each line: kind, name, and the feature the name needs.\n",
        );
        for name in &all {
            text.push_str(&name.line());
            text.push('\n');
        }
        std::fs::write(RECORD, text).expect("tests/data/public-names.txt is writable");
        return;
    }
    let problems: Vec<String> = record
        .iter()
        .filter(|name| name.enabled())
        .filter_map(|name| missing(name, &generated))
        .collect();
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n\n"));
    let unrecorded = generated
        .iter()
        .filter(|name| !record.contains(name))
        .count();
    if unrecorded > 0 {
        eprintln!(
            "{unrecorded} public names are not recorded yet; record them with \
             RECORD_NAMES=1 cargo test --test public_names --all-features"
        );
    }
}

#[test]
fn a_rename_without_an_alias_is_reported_with_the_way_to_keep_the_name() {
    let generated: BTreeSet<Name> = [Name::new("variant", "LoopFound", None)].into();
    let renamed = missing(&Name::new("variant", "LoopDetected", None), &generated).unwrap();
    assert!(renamed.contains("`StatusCode::LoopDetected`"), "{renamed}");
    assert!(renamed.contains("`Aliases`"), "{renamed}");
    let kept: BTreeSet<Name> = [
        Name::new("variant", "LoopFound", None),
        Name::new("alias", "LoopDetected", None),
    ]
    .into();
    assert_eq!(
        missing(&Name::new("variant", "LoopDetected", None), &kept),
        None
    );
}
