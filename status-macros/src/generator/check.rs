//! Checking the rows of a registry against each other, naming them, and
//! laying out the enum: which row each number gives, and the discriminant of
//! every variant.
//!
//! The value of each number `n` from 100 to 999 has discriminant `n`: its
//! preferred row when there is one, otherwise a hidden variant. The `k`-th
//! further meaning of `n` has discriminant [`disc`]`(n, k)`. Which row of a
//! number is preferred depends only on the registry, never on the features
//! a build turns on, so that turning a feature on can only add answers.

use crate::naming;
use crate::problems::Problems;
use crate::read::{Row, Sheet};
use proc_macro2::Ident;

/// How far apart the meanings of one number are; status-core's
/// `index::STRIDE` says the same for the runtime.
const STRIDE: u16 = 1000;

/// At most this many further meanings per code, so that every discriminant
/// fits in a `u16`: 999 + 1000 * 64 < 65,536.
pub const MAX_FURTHER: usize = 64;

/// The discriminant of the `k`-th further meaning of `code` (`k = 0` for
/// the preferred one).
pub fn disc(code: u16, k: usize) -> u16 {
    // `k` is at most MAX_FURTHER, so this cannot overflow.
    code + STRIDE * k as u16
}

/// Keys (a name, or a code and vendor), each with the line that first took
/// it, sorted by key.
// A sorted list rather than a `BTreeMap`, which would compile several
// times as much code into the macro (see the generator's module docs).
#[derive(Default)]
struct FirstLines(Vec<(String, u64)>);

impl FirstLines {
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0
            .binary_search_by(|(taken, _)| taken.as_str().cmp(key))
    }

    /// The line that took `key`, if one did.
    fn get(&self, key: &str) -> Option<u64> {
        self.find(key).ok().map(|at| self.0[at].1)
    }

    /// Gives `key` to `line`, or says which line has it already.
    fn claim(&mut self, key: &str, line: u64) -> Result<(), u64> {
        match self.find(key) {
            Ok(at) => Err(self.0[at].1),
            Err(at) => {
                self.0.insert(at, (key.to_owned(), line));
                Ok(())
            }
        }
    }
}

/// A checked registry, ready to be emitted.
#[derive(Debug, Clone)]
pub struct Registry {
    /// By code, and within a code by discriminant: the preferred row first,
    /// then the others in file order.
    pub entries: Vec<Entry>,
    /// Vendors in order of first appearance in the file.
    pub vendors: Vec<Vendor>,
    /// Languages of the localized columns, in header order.
    pub languages: Vec<Language>,
    /// Every distinct list of header fields, the empty list first; an
    /// entry names its lists by their position here.
    pub header_lists: Vec<Vec<String>>,
}

/// A row together with the names and number derived from it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub row: Row,
    pub ident: Ident,
    pub aliases: Vec<Ident>,
    /// The names `from_name` finds the row by, as [`naming::name_key`]
    /// writes them: its variant, its reason phrase and its aliases.
    pub keys: Vec<String>,
    /// The variant's discriminant.
    pub disc: u16,
    /// The row's group: 0 for the standard, `i + 1` for `vendors[i]`.
    pub vendor: u8,
    /// The row's position among the rows of its group, in code order.
    pub position: u16,
    /// The positions of the row's required and suggested header fields in
    /// [`Registry::header_lists`].
    pub header_lists: [u16; 2],
}

impl Entry {
    /// Whether `from_u16` gives this row for its code (when it is enabled).
    pub fn is_preferred(&self) -> bool {
        self.disc < STRIDE
    }
}

/// A vendor: the Cargo feature that enables its rows, and its variant name.
#[derive(Debug, Clone)]
pub struct Vendor {
    pub feature: String,
    pub ident: Ident,
}

/// A language of the registry's localized columns.
#[derive(Debug, Clone)]
pub struct Language {
    /// The tag as written in the header, e.g. `bn`.
    pub tag: String,
    /// The Cargo feature that enables the language: `lang-` and the tag in
    /// lower case.
    pub feature: String,
    pub ident: Ident,
}

impl Registry {
    /// A registry without rows, vendors or languages.
    pub fn empty() -> Self {
        Registry {
            entries: Vec::new(),
            vendors: Vec::new(),
            languages: Vec::new(),
            header_lists: vec![Vec::new()],
        }
    }

    /// The entries of the group `group` (0 for the standard), in row order.
    pub fn group(&self, group: u8) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.vendor == group)
    }

    /// The entries of the number `code`, the preferred one first.
    pub fn meanings(&self, code: u16) -> impl Iterator<Item = &Entry> {
        let start = self.entries.partition_point(|e| e.row.code < code);
        self.entries[start..]
            .iter()
            .take_while(move |e| e.row.code == code)
    }

    /// The entry whose discriminant is the number `code`, if any.
    pub fn preferred(&self, code: u16) -> Option<&Entry> {
        self.meanings(code).next().filter(|e| e.is_preferred())
    }
}

/// Checks `sheet`'s rows against each other. The problems go to
/// `problems`; the registry returned holds the rows that passed.
pub fn check(sheet: Sheet, problems: &mut Problems) -> Registry {
    let languages = name_languages(&sheet.languages, sheet.header_line, problems);
    let vendors = name_vendors(&sheet.rows, problems);
    let rows = without_duplicate_meanings(sheet.rows, problems);
    let mut incomplete = sheet.incomplete;
    let named = name_rows(rows, &mut incomplete, problems);
    check_name_keys(&named, problems);
    let mut entries = lay_out(named, &vendors, &incomplete, problems);
    let header_lists = intern_header_lists(&mut entries, problems);
    Registry {
        entries,
        vendors,
        languages,
        header_lists,
    }
}

/// The distinct lists of header fields of `entries`, the empty list first,
/// with each entry's lists noted as positions in them. status-core reads a
/// position as a `u16`.
fn intern_header_lists(entries: &mut [Entry], problems: &mut Problems) -> Vec<Vec<String>> {
    let mut lists: Vec<Vec<String>> = vec![Vec::new()];
    for entry in entries.iter_mut() {
        let semantics = &entry.row.semantics;
        for (at, list) in [&semantics.required, &semantics.suggested]
            .into_iter()
            .enumerate()
        {
            let position = match lists.iter().position(|known| known == list) {
                Some(position) => position,
                None => {
                    lists.push(list.clone());
                    lists.len() - 1
                }
            };
            match u16::try_from(position) {
                Ok(position) => entry.header_lists[at] = position,
                Err(_) => {
                    problems.at(
                        entry.row.line,
                        "the registry has more than 65,536 distinct lists of header fields, more than status-core can tell apart; reuse lists across rows",
                    );
                    return lists;
                }
            }
        }
    }
    lists
}

/// The languages of the header, each with its feature and variant name.
fn name_languages(tags: &[String], line: u64, problems: &mut Problems) -> Vec<Language> {
    let mut languages: Vec<Language> = Vec::new();
    for tag in tags {
        let ident = match naming::vendor_ident(tag) {
            Ok(ident) => ident,
            Err(message) => {
                problems.at(line, format!("language {message}"));
                continue;
            }
        };
        if let Some(why) = naming::member_clash(&ident, naming::LANG_MEMBERS, "language enum") {
            problems.at(
                line,
                format!("language `{tag}` would be the variant `{ident}`, which {why}; such a tag cannot be used"),
            );
        } else if let Some(other) = languages.iter().find(|l| l.ident == ident) {
            problems.at(
                line,
                format!(
                    "languages `{tag}` and `{}` have the same name `{ident}`",
                    other.tag
                ),
            );
        } else {
            languages.push(Language {
                tag: tag.clone(),
                feature: naming::language_feature(tag),
                ident,
            });
        }
    }
    languages
}

/// The vendors in order of first appearance, each named once; a vendor
/// that cannot be named is reported at its first row only.
fn name_vendors(rows: &[Row], problems: &mut Problems) -> Vec<Vendor> {
    let mut vendors: Vec<Vendor> = Vec::new();
    let mut rejected: Vec<&str> = Vec::new();
    for row in rows {
        let Some(feature) = &row.vendor else { continue };
        if vendors.iter().any(|v| &v.feature == feature) || rejected.contains(&feature.as_str()) {
            continue;
        }
        match vendor(feature, &vendors) {
            Ok(ident) => vendors.push(Vendor {
                feature: feature.clone(),
                ident,
            }),
            Err(message) => {
                problems.at(row.line, message);
                rejected.push(feature);
            }
        }
    }
    vendors
}

/// The variant of a new vendor `feature`, unless it cannot have one
/// beside the vendors named so far.
fn vendor(feature: &str, vendors: &[Vendor]) -> Result<Ident, String> {
    let ident = naming::vendor_ident(feature)?;
    if let Some(why) = naming::member_clash(&ident, naming::VENDOR_MEMBERS, "vendor enum") {
        return Err(format!(
            "vendor `{feature}` would be the variant `{ident}`, which {why}; rename the vendor"
        ));
    }
    if let Some(other) = vendors.iter().find(|v| v.ident == ident) {
        return Err(format!(
            "vendor `{feature}` has the same name `{ident}` as vendor `{}`; rename one of them",
            other.feature
        ));
    }
    if vendors.len() == usize::from(u8::MAX) {
        return Err("a registry has at most 255 vendors".to_owned());
    }
    Ok(ident)
}

/// A code has at most one meaning per vendor (and one standard meaning).
fn without_duplicate_meanings(rows: Vec<Row>, problems: &mut Problems) -> Vec<Row> {
    let mut seen = FirstLines::default();
    let mut kept = Vec::with_capacity(rows.len());
    for row in rows {
        // A feature name never holds a space.
        let key = format!("{} {}", row.code, row.vendor.as_deref().unwrap_or(""));
        if let Err(first) = seen.claim(&key, row.line) {
            let owner = match &row.vendor {
                Some(vendor) => format!("vendor `{vendor}`"),
                None => "the standard (empty Vendor)".to_owned(),
            };
            problems.at(
                row.line,
                format!(
                    "duplicate meaning: code {} is already defined for {owner} at line {first}; a code has at most one meaning per vendor, so remove this row or set its Vendor",
                    row.code
                ),
            );
        } else {
            kept.push(row);
        }
    }
    kept
}

/// A row with its variant and alias names.
struct Named {
    row: Row,
    ident: Ident,
    aliases: Vec<Ident>,
    /// The row's names for `from_name`, each once: the variant first.
    keys: Vec<String>,
}

/// The names of a row for `from_name`, each once, the variant first.
fn name_keys(ident: &Ident, reason: &str, aliases: &[Ident]) -> Vec<String> {
    let mut keys = vec![naming::name_key(&ident.to_string())];
    let mut add = |name: &str| {
        let key = naming::name_key(name);
        if !keys.contains(&key) {
            keys.push(key);
        }
    };
    add(reason);
    for alias in aliases {
        add(&alias.to_string());
    }
    keys
}

/// `from_name` must give the same answer whatever features are on: a name
/// shared by a standard row and vendor rows means the standard row, but
/// two standard rows, or vendor rows alone, cannot share a name, and a
/// vendor row's variant name must stay its own.
fn check_name_keys(named: &[Named], problems: &mut Problems) {
    let mut standard = FirstLines::default();
    for row in named {
        if row.row.vendor.is_some() {
            continue;
        }
        for key in row.keys.iter().filter(|key| findable(key)) {
            if let Err(first) = standard.claim(key, row.row.line) {
                problems.at(
                    row.row.line,
                    format!("the name `{key}` (spaces, `_`, `-`, `'` and case aside) also names the row at line {first}, so `from_name` could not tell them apart; change the `Identifier`, the description or the `Aliases` of one of them"),
                );
            }
        }
    }
    let mut vendor = FirstLines::default();
    for row in named {
        if row.row.vendor.is_none() {
            continue;
        }
        if let Some(line) = standard
            .get(&row.keys[0])
            .filter(|_| findable(&row.keys[0]))
        {
            problems.at(
                row.row.line,
                format!("the variant `{}` is, to `from_name`, the name of the standard row at line {line}, which would win; give this row another name in the `Identifier` column", row.ident),
            );
        }
        for key in row.keys.iter().filter(|key| findable(key)) {
            if standard.get(key).is_some() {
                continue;
            }
            if let Err(first) = vendor.claim(key, row.row.line) {
                problems.at(
                    row.row.line,
                    format!("the name `{key}` (spaces, `_`, `-`, `'` and case aside) also names the vendor row at line {first}, and `from_name` would have to depend on features to choose; change the `Identifier`, the description or the `Aliases` of one of them"),
                );
            }
        }
    }
}

/// Whether `from_name` can find a row by `key`: it reads no name without
/// an ASCII letter (those are numbers, which `FromStr` reads).
fn findable(key: &str) -> bool {
    key.bytes().any(|b| b.is_ascii_alphabetic())
}

/// What a name of a row is, and the column it comes from.
#[derive(Clone, Copy)]
enum NameKind {
    Variant,
    Alias,
}

impl NameKind {
    fn what(self) -> &'static str {
        match self {
            NameKind::Variant => "variant",
            NameKind::Alias => "alias",
        }
    }

    fn column(self) -> &'static str {
        match self {
            NameKind::Variant => "Identifier",
            NameKind::Alias => "Aliases",
        }
    }
}

/// Names every row, and checks that no two names, and no name and a
/// generated item, are the same; the codes of rows left out for a bad name
/// go to `incomplete`.
fn name_rows(rows: Vec<Row>, incomplete: &mut Vec<u16>, problems: &mut Problems) -> Vec<Named> {
    // Every name an item of the enum takes, with the line that takes it.
    let mut taken = FirstLines::default();
    let mut named = Vec::with_capacity(rows.len());
    for row in rows {
        let mut take_name = |name: &Ident, kind: NameKind, problems: &mut Problems| {
            let what = kind.what();
            if let Some(why) = naming::member_clash(name, naming::STATUS_MEMBERS, "status enum") {
                let column = kind.column();
                problems.at(
                    row.line,
                    format!(
                        "the {what} `{name}` {why}; choose another name in the `{column}` column"
                    ),
                );
                return false;
            }
            let key = name.to_string();
            if let Err(first) = taken.claim(&key, row.line) {
                problems.at(
                    row.line,
                    format!("duplicate identifier `{key}` ({what}; also at line {first}); give this row another name in the `Identifier` column"),
                );
                return false;
            }
            true
        };
        let ident = match naming::variant_ident(&row.description, row.identifier.as_deref()) {
            Ok(ident) => ident,
            Err(message) => {
                problems.at(row.line, message);
                incomplete.push(row.code);
                continue;
            }
        };
        let mut fine = take_name(&ident, NameKind::Variant, problems);
        let mut aliases = Vec::new();
        for alias in &row.aliases {
            match naming::alias_ident(alias) {
                Ok(alias) => {
                    fine &= take_name(&alias, NameKind::Alias, problems);
                    aliases.push(alias);
                }
                Err(message) => {
                    problems.at(row.line, message);
                    fine = false;
                }
            }
        }
        if fine {
            let keys = name_keys(&ident, &row.reason, &aliases);
            named.push(Named {
                row,
                ident,
                aliases,
                keys,
            });
        } else {
            incomplete.push(row.code);
        }
    }
    named
}

/// The rows of each code from 100 to 999, in order of code, each code's
/// rows in file order; a code without rows has an empty bucket.
fn by_code(named: Vec<Named>) -> Vec<Vec<Named>> {
    // Codes are from 100 to 999 (`read::parse_code`): one bucket each.
    let mut buckets: Vec<Vec<Named>> = Vec::new();
    for _ in 100..=999 {
        buckets.push(Vec::new());
    }
    for row in named {
        let bucket = usize::from(row.row.code).checked_sub(100);
        if let Some(rows) = bucket.and_then(|at| buckets.get_mut(at)) {
            rows.push(row);
        }
    }
    buckets
}

/// Chooses the preferred row of each code and numbers the others. Returns
/// the entries in enum order.
fn lay_out(
    named: Vec<Named>,
    vendors: &[Vendor],
    incomplete: &[u16],
    problems: &mut Problems,
) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut rows_of_group = vec![0u16; vendors.len() + 1];
    for mut rows in by_code(named) {
        let Some(first_row) = rows.first() else {
            continue;
        };
        let code = first_row.row.code;
        // A code that lost a row to a problem already reported cannot be
        // judged by the rows left: the advice could be the wrong one.
        if incomplete.contains(&code) {
            continue;
        }
        let Some(first) = preferred_index(code, &rows, problems) else {
            continue;
        };
        if rows.len() - 1 > MAX_FURTHER {
            problems.at(
                rows[MAX_FURTHER + 1].row.line,
                format!(
                    "code {code} has more than {} meanings; a code has at most that many",
                    MAX_FURTHER + 1
                ),
            );
            continue;
        }
        // The preferred row first; the others keep their file order.
        let preferred = rows.remove(first);
        rows.insert(0, preferred);
        for (k, named) in rows.into_iter().enumerate() {
            let vendor = named.row.vendor.as_ref().map_or(Some(0), |feature| {
                vendors
                    .iter()
                    .position(|v| &v.feature == feature)
                    .and_then(|i| u8::try_from(i + 1).ok())
            });
            // A vendor that could not be named was reported already.
            let Some(vendor) = vendor else { continue };
            let position = &mut rows_of_group[usize::from(vendor)];
            entries.push(Entry {
                disc: disc(code, k),
                vendor,
                position: *position,
                row: named.row,
                ident: named.ident,
                keys: named.keys,
                aliases: named.aliases,
                header_lists: [0; 2],
            });
            *position += 1;
        }
    }
    entries
}

/// Which of a code's rows `from_u16` gives: the standard row, else the only
/// vendor row, else the vendor row marked `Preferred`. `None` after
/// reporting a problem.
fn preferred_index(code: u16, rows: &[Named], problems: &mut Problems) -> Option<usize> {
    let standard = rows.iter().position(|r| r.row.vendor.is_none());
    let mut marked = Vec::new();
    for (i, named) in rows.iter().enumerate() {
        if named.row.preferred && named.row.vendor.is_some() {
            marked.push(i);
        }
    }
    if let Some(standard) = standard {
        for &i in &marked {
            problems.at(
                rows[i].row.line,
                format!(
                    "code {code} has a standard meaning (line {}), which is always preferred; clear the `Preferred` cell of this row",
                    rows[standard].row.line
                ),
            );
        }
        return marked.is_empty().then_some(standard);
    }
    match (rows.len(), marked.as_slice()) {
        (1, _) => Some(0),
        (_, [one]) => Some(*one),
        (_, []) => {
            let mut lines = Vec::new();
            for named in rows {
                lines.push(named.row.line.to_string());
            }
            problems.at(
                rows[0].row.line,
                format!(
                    "code {code} has several vendor meanings (lines {}) and none is preferred; write `yes` in the `Preferred` column of the row that `from_u16({code})` should give",
                    lines.join(", ")
                ),
            );
            None
        }
        (_, [_, more @ ..]) => {
            for &i in more {
                problems.at(
                    rows[i].row.line,
                    format!(
                        "code {code} has another row marked `Preferred` (line {}); mark only one",
                        rows[marked[0]].row.line
                    ),
                );
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problems::Problem;
    use crate::read;

    #[test]
    fn first_lines_keep_the_first_claim() {
        let mut taken = FirstLines::default();
        assert_eq!(taken.claim("notfound", 7), Ok(()));
        assert_eq!(taken.claim("gone", 9), Ok(()));
        assert_eq!(taken.claim("notfound", 12), Err(7));
        assert_eq!(taken.get("notfound"), Some(7));
        assert_eq!(taken.get("gone"), Some(9));
        assert_eq!(taken.get("teapot"), None);
    }

    const HEADER: &str = "Value,Description,Reference,Vendor,Preferred,Summary\n";

    fn parse(csv: &str) -> Result<Registry, Vec<Problem>> {
        let mut problems = Problems::default();
        let sheet = read::read(csv.as_bytes(), &mut problems);
        let registry = check(sheet, &mut problems);
        problems.finish(registry)
    }

    fn problems(csv: &str) -> Vec<Problem> {
        parse(csv).expect_err("registry should be rejected")
    }

    fn layout(registry: &Registry) -> Vec<(u16, String, u8)> {
        registry
            .entries
            .iter()
            .map(|e| (e.disc, e.ident.to_string(), e.vendor))
            .collect()
    }

    #[test]
    fn the_standard_row_is_preferred_and_vendor_rows_follow_in_file_order() {
        let csv =
            format!("{HEADER}451,Redirect,,iis,,\n451,Legal,,,,\n451,Other,,acme,,\n200,OK,,,,\n");
        let registry = parse(&csv).unwrap();
        assert_eq!(
            layout(&registry),
            [
                (200, "Ok".to_owned(), 0),
                (451, "Legal".to_owned(), 0),
                (1451, "Redirect".to_owned(), 1),
                (2451, "Other".to_owned(), 2),
            ]
        );
        let rows: Vec<(u8, u16)> = registry
            .entries
            .iter()
            .map(|e| (e.vendor, e.position))
            .collect();
        assert_eq!(rows, [(0, 0), (0, 1), (1, 0), (2, 0)]);
    }

    #[test]
    fn the_marked_vendor_row_is_preferred_whatever_the_file_order() {
        let csv = format!("{HEADER}499,Token Required,,esri,,\n499,Client Closed Request,,nginx,yes,\n520,Unknown,,cloudflare,,\n");
        let registry = parse(&csv).unwrap();
        assert_eq!(
            layout(&registry),
            [
                (499, "ClientClosedRequest".to_owned(), 2),
                (1499, "TokenRequired".to_owned(), 1),
                (520, "Unknown".to_owned(), 3),
            ]
        );
        let preferred = registry.preferred(499).unwrap();
        assert_eq!(preferred.row.vendor.as_deref(), Some("nginx"));
        assert!(registry.preferred(498).is_none());
    }

    #[test]
    fn several_vendor_meanings_need_a_preferred_one() {
        let found = problems(&format!(
            "{HEADER}200,OK,,,,\n420,A,,spring,,\n420,B,,twitter,,\n"
        ));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, Some(3));
        assert!(found[0].message.contains("lines 3, 4"), "{}", found[0]);
        let found = problems(&format!(
            "{HEADER}420,A,,spring,yes,\n420,B,,twitter,yes,\n"
        ));
        assert_eq!(found[0].line, Some(3));
        assert!(found[0].message.contains("mark only one"));
        let found = problems(&format!("{HEADER}451,Legal,,,,\n451,Redirect,,iis,yes,\n"));
        assert_eq!(found[0].line, Some(3));
        assert!(found[0].message.contains("always preferred"));
    }

    #[test]
    fn reports_every_problem_in_one_pass() {
        let csv = format!(
            "{HEADER}404,Not Found,,,,\n404,Again,,,,\n405,Not-Found,,nginx,,\n406,Odd,,,,\n"
        );
        let found = problems(&csv);
        assert_eq!(
            found.iter().map(|p| p.line).collect::<Vec<_>>(),
            [Some(3), Some(4)]
        );
        assert!(found[0].message.contains("duplicate meaning"));
        assert!(found[0].message.contains("line 2"));
        assert!(found[1].message.contains("duplicate identifier `NotFound`"));
        assert!(found[1].message.contains("also at line 2"));
    }

    #[test]
    fn rejects_names_of_generated_items() {
        let csv = "Value,Description,Reference,Identifier,Aliases\n200,OK,,ALL,\n201,Created,,,code\n202,Accepted,,__202,\n203,Error,,,\n";
        let found = problems(csv);
        assert_eq!(
            found.iter().map(|p| p.line).collect::<Vec<_>>(),
            [Some(2), Some(3), Some(4)]
        );
        assert!(found[0].message.contains("`ALL`"));
        assert!(found[1].message.contains("`Aliases`"));
        assert!(found[2].message.contains("`__`"));
    }

    #[test]
    fn rejects_vendors_and_languages_named_like_generated_items() {
        let csv =
            "Value,Description,Reference,Vendor,Description@aLL\n520,A,,standard_,\n521,B,,aLL,\n";
        let found = problems(csv);
        assert_eq!(
            found.iter().map(|p| p.line).collect::<Vec<_>>(),
            [Some(1), Some(2), Some(3)]
        );
        assert!(found[0].message.contains("`ALL`"), "{}", found[0]);
        assert!(found[1].message.contains("`Standard`"), "{}", found[1]);
        assert!(found[2].message.contains("`ALL`"), "{}", found[2]);
    }

    #[test]
    fn a_vendor_that_cannot_be_named_is_reported_once() {
        let csv = "Value,Description,Reference,Vendor\n520,A,,self\n521,B,,self\n522,C,,self\n";
        let found = problems(csv);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].line, Some(2));
    }

    #[test]
    fn a_code_that_lost_a_row_gets_no_advice_on_its_preferred_row() {
        // The standard row of 451 has no usable name; the vendor rows left
        // would otherwise be told to mark one `Preferred`, which is wrong
        // once the standard row is fixed. The same for a bad cell or width.
        for bad in ["451,???,,,,", "451,Legal,,,,sometimes", "451,Legal"] {
            let csv = format!("Value,Description,Reference,Vendor,Preferred,Retry\n{bad}\n451,Redirect,,iis,,\n451,Legal,,acme,,\n");
            let found = problems(&csv);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].line, Some(2));
        }
        // A standard row out of range, and a row of the wrong width whose
        // `Value` is not the first column, lose their code's rows too.
        for csv in [
            "Value,Description,Reference,Vendor\n650,Odd,,\n650,A,,a\n650,B,,b\n",
            "Description,Value,Reference,Vendor\nLegal,451\nRedirect,451,,iis\nOther,451,,acme\n",
        ] {
            let found = problems(csv);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].line, Some(2));
        }
    }

    #[test]
    fn header_lists_are_kept_once_the_empty_one_first() {
        let csv = "Value,Description,Reference,Required Headers,Suggested Headers\n\
                   401,Unauthorized,,www-authenticate,\n\
                   407,Proxy Authentication Required,,proxy-authenticate,\n\
                   429,Too Many Requests,,,retry-after\n\
                   503,Service Unavailable,,,retry-after\n";
        let registry = parse(csv).unwrap();
        assert_eq!(
            registry.header_lists,
            [
                vec![],
                vec!["www-authenticate".to_owned()],
                vec!["proxy-authenticate".to_owned()],
                vec!["retry-after".to_owned()]
            ]
        );
        let positions: Vec<[u16; 2]> = registry.entries.iter().map(|e| e.header_lists).collect();
        assert_eq!(positions, [[1, 0], [2, 0], [0, 3], [0, 3]]);
    }

    #[test]
    fn names_for_from_name_do_not_depend_on_features() {
        // A standard row and a vendor row may share a name: the standard wins.
        let csv = "Value,Description,Reference,Vendor,Identifier\n401,Unauthorized,,,\n561,Unauthorized,,aws,AwsUnauthorized\n";
        assert!(parse(csv).is_ok());
        // Names without a letter are never looked up, so they cannot clash.
        let csv = "Value,Description,Reference,Vendor,Identifier\n520,-,,,Dash\n521,--,,,Dashes\n522,4-2,,,FourTwo\n523,42,,,FortyTwo\n";
        assert!(parse(csv).is_ok(), "{:?}", problems(csv));
        for (csv, line, says) in [
            // Two standard rows.
            ("200,Fine Thing,,,\n201,Other,,,FineThing\n", 3, "line 2"),
            // Vendor rows alone.
            (
                "520,Odd One,,a,\n521,Odd-One,,b,OddOne2\n",
                3,
                "vendor row at line 2",
            ),
            // A vendor variant that a standard name would shadow.
            (
                "200,Fine Thing,,,Fine\n520,Other,,a,FineThing\n",
                3,
                "`FineThing`",
            ),
        ] {
            let found = problems(&format!(
                "Value,Description,Reference,Vendor,Identifier\n{csv}"
            ));
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].line, Some(line));
            assert!(found[0].message.contains(says), "{}", found[0]);
        }
    }

    #[test]
    fn vendors_may_use_codes_up_to_999() {
        let registry = parse(&format!("{HEADER}999,Request Denied,,linkedin,,\n")).unwrap();
        assert_eq!(layout(&registry), [(999, "RequestDenied".to_owned(), 1)]);
    }
}
