//! The invoking crate's Cargo features, read from its `Cargo.toml`.
//!
//! A vendor row is compiled only when the feature of the same name is on.
//! A vendor whose feature the crate does not declare could never be turned
//! on, so the generator reports it instead of dropping its rows silently.

use crate::naming;
use crate::problems::Problem;
use crate::read::Sheet;

/// The feature names a manifest declares: the keys of its `[features]`
/// table, and the implicit feature of each optional dependency.
///
/// This reads the manifest line by line rather than parsing TOML in full,
/// which keeps the macro's dependencies small. It understands the layouts
/// Cargo users write: `[features]` with keys over one or several lines,
/// quoted keys, dotted keys (`features.acme = []`), an inline table
/// (`features = { acme = [] }`), and `optional = true` dependencies, inline,
/// dotted (`acme.optional = true`) or in a `[dependencies.name]` table. A
/// name it misses would make the check report a feature that exists, so
/// where in doubt it takes a name in.
pub fn declared_features(manifest: &str) -> Vec<String> {
    let mut features = Vec::new();
    let mut optional = Vec::new();
    let mut table = Table::Root;
    for line in manifest.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if let Some(header) = table_header(line) {
            table = Table::of(header);
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let (key, value) = (unquote(key.trim()), value.trim());
        match &table {
            Table::Features => features.push(key.to_owned()),
            Table::Root => {
                if let Some(name) = key.strip_prefix("features.") {
                    features.push(unquote(name).to_owned());
                } else if key == "features" {
                    features.extend(inline_table_keys(value));
                } else if let Some(name) = key
                    .strip_prefix("dependencies.")
                    .or_else(|| key.strip_prefix("build-dependencies."))
                    .and_then(|dependency| optional_dependency(dependency, value))
                {
                    optional.push(name.to_owned());
                }
            }
            Table::Dependencies => {
                if let Some(name) = optional_dependency(key, value) {
                    optional.push(name.to_owned());
                }
            }
            Table::Dependency(name) if key == "optional" && value == "true" => {
                optional.push(name.clone());
            }
            _ => {}
        }
    }
    // Since Rust 1.60 a feature that names an optional dependency as
    // `dep:name` takes away the dependency's implicit feature.
    let explicit = dep_references(manifest);
    features.extend(optional.into_iter().filter(|name| !explicit.contains(name)));
    features.retain(|name| is_feature_name(name));
    features
}

/// The names in every `"dep:name"` of the manifest; only feature values
/// can hold them.
fn dep_references(manifest: &str) -> Vec<String> {
    manifest
        .split("\"dep:")
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(name, _)| name.trim().to_owned()))
        .collect()
}

/// The table a line of the manifest belongs to, as far as features go.
enum Table {
    Root,
    Features,
    /// `[dependencies]`, `[build-dependencies]`, or either under `[target.*]`.
    Dependencies,
    /// `[dependencies.name]` and the like: one dependency as a table.
    Dependency(String),
    Other,
}

impl Table {
    fn of(header: &str) -> Self {
        let header = unquote(header);
        let (parent, last) = match header.rsplit_once('.') {
            Some((parent, last)) => (Some(parent.trim()), unquote(last.trim())),
            None => (None, header),
        };
        let is_dependencies = |name: &str| matches!(name, "dependencies" | "build-dependencies");
        if header == "features" {
            Table::Features
        } else if is_dependencies(last) {
            Table::Dependencies
        } else if parent
            .and_then(|parent| parent.rsplit('.').next())
            .is_some_and(is_dependencies)
        {
            Table::Dependency(last.to_owned())
        } else {
            Table::Other
        }
    }
}

/// The name inside `[name]`, `None` for a line that is no header; `""` for
/// an `[[array]]` header, which ends the previous table like any other.
fn table_header(line: &str) -> Option<&str> {
    let inner = line.strip_prefix('[')?.strip_suffix(']')?;
    if inner.starts_with('[') {
        return Some("");
    }
    Some(inner.trim())
}

fn unquote(key: &str) -> &str {
    key.trim_matches(|c| c == '"' || c == '\'')
}

/// The keys of a one-line inline table such as `{ a = [], "b" = ["a"] }`.
fn inline_table_keys(value: &str) -> Vec<String> {
    let Some(body) = value.strip_prefix('{') else {
        return Vec::new();
    };
    let mut keys = Vec::new();
    let (mut depth, mut key_start) = (0usize, Some(0));
    for (index, c) in body.char_indices() {
        match c {
            '[' | '{' => depth += 1,
            ']' | '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => key_start = Some(index + 1),
            '=' if depth == 0 => {
                if let Some(start) = key_start.take() {
                    keys.push(unquote(body[start..index].trim()).to_owned());
                }
            }
            _ => {}
        }
    }
    keys
}

/// The dependency that `key = value`, a line of a dependencies table,
/// makes optional: `name = { version = "1", optional = true }` or the
/// dotted `name.optional = true`.
fn optional_dependency<'a>(key: &'a str, value: &str) -> Option<&'a str> {
    if is_optional(value) {
        return Some(unquote(key));
    }
    let name = key.strip_suffix("optional")?.trim_end().strip_suffix('.')?;
    (value == "true").then(|| unquote(name.trim()))
}

/// Whether an inline dependency, `{ version = "1", optional = true }`, is
/// optional.
fn is_optional(value: &str) -> bool {
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    compact.contains("optional=true")
}

/// Cargo's feature names: letters, digits, `_`, `-`, `+` and `.`.
fn is_feature_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_+.".contains(c))
}

/// One problem for each vendor or language of the registry whose feature
/// `features` lacks: vendors at the first row that names them, languages at
/// the header. It looks at the rows as read, before they are checked
/// against each other, so these problems are reported with all others.
pub fn undeclared_features(sheet: &Sheet, features: &[String]) -> Vec<Problem> {
    let declared = |feature: &str| features.iter().any(|f| f == feature);
    let mut problems = Vec::new();
    let mut reported: Vec<&str> = Vec::new();
    for row in &sheet.rows {
        let Some(vendor) = row.vendor.as_deref() else {
            continue;
        };
        if declared(vendor) || reported.contains(&vendor) {
            continue;
        }
        reported.push(vendor);
        problems.push(Problem {
            line: Some(row.line),
            message: format!(
                "vendor `{vendor}` is not a feature of this crate, so its rows could never be enabled; add `{vendor} = []` under `[features]` in Cargo.toml"
            ),
        });
    }
    for tag in &sheet.languages {
        let feature = naming::language_feature(tag);
        if !declared(&feature) {
            problems.push(Problem {
                line: Some(sheet.header_line),
                message: format!(
                    "the columns for language `{tag}` need the feature `{feature}`, which this crate does not declare; add `{feature} = []` under `[features]` in Cargo.toml"
                ),
            });
        }
    }
    problems
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
            [
                "default",
                "nginx",
                "quoted-key",
                "unofficial",
                "spring",
                "serde"
            ]
        );
    }

    #[test]
    fn reads_dotted_and_inline_feature_tables() {
        assert_eq!(
            declared_features(
                "features.nginx = []\nfeatures.\"lang-bn\" = []\n[package]\nname = \"x\"\n"
            ),
            ["nginx", "lang-bn"]
        );
        assert_eq!(
            declared_features(
                "features = { nginx = [], \"iis\" = [\"nginx\"], all = [\"a\", \"b\"] }\n"
            ),
            ["nginx", "iis", "all"]
        );
    }

    #[test]
    fn counts_optional_dependencies_as_features() {
        let manifest = r#"
[dependencies]
serde = { version = "1", optional = true }
itoa = "1"
http = { version = "1", optional=true, default-features = false }

[target.'cfg(target_os = "linux")'.dependencies]
libc = { version = "0.2", optional = true }

[dependencies.bytes]
version = "1"
optional = true

[build-dependencies.cc]
optional = true

[dev-dependencies]
proptest = { version = "1", optional = true }
"#;
        assert_eq!(
            declared_features(manifest),
            ["serde", "http", "libc", "bytes", "cc"]
        );
        let dotted = r#"
dependencies.tokio = { version = "1", optional = true }
dependencies.rand.optional = true
[dependencies]
acme.version = "1"
acme.optional = true
acme.default-features = false
"#;
        assert_eq!(declared_features(dotted), ["tokio", "rand", "acme"]);
    }

    #[test]
    fn reads_a_quoted_table_header() {
        let manifest = "[\"features\"]\nacme = []\n[ 'dependencies' ]\nfoo = { version = \"1\", optional = true }\n";
        assert_eq!(declared_features(manifest), ["acme", "foo"]);
    }

    #[test]
    fn a_dep_reference_hides_the_implicit_feature() {
        let manifest = r#"
[features]
json = ["dep:serde_json", "serde"]
[dependencies]
serde_json = { version = "1", optional = true }
serde = { version = "1", optional = true }
"#;
        assert_eq!(declared_features(manifest), ["json", "serde"]);
    }

    #[test]
    fn ignores_keys_outside_the_feature_tables() {
        let manifest = "[package]\nfeatures = \"x\"\n[package.metadata.features]\nacme = []\n[[bin]]\nname = \"y\"\n";
        assert!(declared_features(manifest).is_empty());
    }

    #[test]
    fn finds_no_features_without_the_table() {
        assert!(declared_features("[package]\nname = \"x\"\n").is_empty());
        assert!(declared_features("[[bin]]\nname = \"x\"\n").is_empty());
    }

    #[test]
    fn reports_each_missing_vendor_at_its_first_row() {
        let csv = "Value,Description,Reference,Vendor\n444,No Response,,nginx\n520,Unknown,,cloudflare\n499,Closed,,nginx\n521,Down,,cloudflare\n";
        let sheet = crate::read::read(csv.as_bytes(), &mut Default::default());
        let problems = undeclared_features(&sheet, &["nginx".to_owned()]);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(3));
        assert!(problems[0].message.contains("`cloudflare = []`"));
    }

    #[test]
    fn reports_a_language_without_its_feature() {
        let csv = "Value,Description,Reference,Description@bn\n404,Not Found,,পাওয়া যায়নি\n";
        let sheet = crate::read::read(csv.as_bytes(), &mut Default::default());
        let problems = undeclared_features(&sheet, &[]);
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].message.contains("`lang-bn = []`"),
            "{}",
            problems[0].message
        );
        assert!(undeclared_features(&sheet, &["lang-bn".to_owned()]).is_empty());
    }
}
