//! Reading and checking a registry file.
//!
//! The input is the raw bytes of a CSV file whose first columns are IANA's
//! (`Value,Description,Reference`) and whose optional extra columns are the
//! project's. Every problem found is collected, with its line, so that a user
//! can fix a whole file in one pass.

use crate::naming;
use proc_macro2::Ident;
use std::collections::BTreeMap;
use std::fmt;

/// One problem in a registry, located by line when it concerns a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line in the file, `None` for problems of the file as a whole.
    pub line: Option<u64>,
    pub message: String,
}

impl Problem {
    pub fn at(line: u64, message: impl Into<String>) -> Self {
        Problem {
            line: Some(line),
            message: message.into(),
        }
    }

    fn file(message: impl Into<String>) -> Self {
        Problem {
            line: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// The columns a registry may have. The first three are IANA's and required.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Column {
    Value,
    Description,
    Reference,
    Vendor,
    Summary,
    Identifier,
    Aliases,
}

impl Column {
    const ALL: [Column; 7] = [
        Column::Value,
        Column::Description,
        Column::Reference,
        Column::Vendor,
        Column::Summary,
        Column::Identifier,
        Column::Aliases,
    ];

    fn name(self) -> &'static str {
        match self {
            Column::Value => "Value",
            Column::Description => "Description",
            Column::Reference => "Reference",
            Column::Vendor => "Vendor",
            Column::Summary => "Summary",
            Column::Identifier => "Identifier",
            Column::Aliases => "Aliases",
        }
    }

    fn required(self) -> bool {
        matches!(
            self,
            Column::Value | Column::Description | Column::Reference
        )
    }

    fn from_name(name: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// Where each known column sits in the file.
struct Header {
    positions: BTreeMap<Column, usize>,
    /// The localized columns, per language in order of first appearance.
    languages: Vec<LanguageColumns>,
    width: usize,
}

/// Where the `Description@tag` and `Summary@tag` columns of one language are.
struct LanguageColumns {
    tag: String,
    description: Option<usize>,
    summary: Option<usize>,
}

impl Header {
    fn parse(fields: &[String], line: u64) -> Result<Header, Vec<Problem>> {
        if fields.first().is_some_and(|f| parse_code(f).is_ok()) {
            return Err(vec![Problem::at(
                line,
                "the header is missing: the first line is a data row; start the file with `Value,Description,Reference`",
            )]);
        }
        let mut problems = Vec::new();
        let mut positions = BTreeMap::new();
        let mut languages: Vec<LanguageColumns> = Vec::new();
        for (index, name) in fields.iter().enumerate() {
            if let Some(column) = Column::from_name(name) {
                if positions.insert(column, index).is_some() {
                    problems.push(Problem::at(
                        line,
                        format!("column `{name}` appears twice in the header"),
                    ));
                }
                continue;
            }
            let localized = name
                .split_once('@')
                .filter(|(base, _)| *base == "Description" || *base == "Summary");
            let Some((base, tag)) = localized else {
                problems.push(Problem::at(
                    line,
                    format!(
                        "unknown column `{name}` in the header; known columns are {}, and `Description@TAG` and `Summary@TAG` for a language tag such as `bn`",
                        known_columns()
                    ),
                ));
                continue;
            };
            if let Err(why) = check_language_tag(tag) {
                problems.push(Problem::at(line, format!("column `{name}`: {why}")));
                continue;
            }
            let position = match languages.iter().position(|l| l.tag == tag) {
                Some(position) => position,
                None => {
                    languages.push(LanguageColumns {
                        tag: tag.to_owned(),
                        description: None,
                        summary: None,
                    });
                    languages.len() - 1
                }
            };
            let columns = &mut languages[position];
            let slot = if base == "Description" {
                &mut columns.description
            } else {
                &mut columns.summary
            };
            if slot.replace(index).is_some() {
                problems.push(Problem::at(
                    line,
                    format!("column `{name}` appears twice in the header"),
                ));
            }
        }
        for column in Column::ALL.into_iter().filter(|c| c.required()) {
            if !positions.contains_key(&column) {
                problems.push(Problem::at(
                    line,
                    format!(
                        "the header lacks the required column `{}`; a registry starts with `Value,Description,Reference`",
                        column.name()
                    ),
                ));
            }
        }
        if problems.is_empty() {
            Ok(Header {
                positions,
                languages,
                width: fields.len(),
            })
        } else {
            Err(problems)
        }
    }

    /// The cell of `column` in `fields`, or `""` when the column is absent.
    fn cell<'a>(&self, fields: &'a [String], column: Column) -> &'a str {
        self.positions
            .get(&column)
            .and_then(|&i| fields.get(i))
            .map_or("", String::as_str)
    }
}

/// A language tag as BCP 47 writes it, checked in its common shape: a
/// primary language subtag of two or three letters, then subtags of one to
/// eight letters or digits (`bn`, `pt-BR`, `sr-Latn`).
pub fn check_language_tag(tag: &str) -> Result<(), String> {
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or("");
    let primary_ok =
        (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
    let rest_ok =
        subtags.all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()));
    if !(primary_ok && rest_ok) {
        return Err(format!(
            "`{tag}` is not a BCP 47 language tag; write it like `bn`, `pt-BR` or `sr-Latn`"
        ));
    }
    if primary.eq_ignore_ascii_case("en") && !tag.contains('-') {
        return Err("the plain `Description` and `Summary` columns are the English text; remove this column".to_owned());
    }
    Ok(())
}

fn known_columns() -> String {
    Column::ALL
        .iter()
        .map(|c| format!("`{}`", c.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One meaning of a status code, as written in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub code: u16,
    /// The `Description` cell as written.
    pub description: String,
    /// The reason phrase sent on the wire: the description without a
    /// trailing remark such as IANA's `(OBSOLETED)`.
    pub reason: String,
    pub reference: String,
    /// The Cargo feature that enables this row; `None` for a standard code.
    pub vendor: Option<String>,
    pub summary: String,
    pub identifier: Option<String>,
    pub aliases: Vec<String>,
    /// The row's texts in each language of the header, in header order;
    /// `None` where a cell is empty (the English text stands in).
    pub translations: Vec<Translation>,
}

/// One row's text in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub reason: Option<String>,
    pub summary: Option<String>,
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

/// A checked registry: every row named, ordered by code, with its place
/// among the meanings of the same code.
#[derive(Debug, Clone)]
pub struct Registry {
    /// In code order; among equal codes the standard meaning comes first,
    /// then the vendors' in file order.
    pub entries: Vec<Entry>,
    /// Vendors in order of first appearance in the file.
    pub vendors: Vec<Vendor>,
    /// Languages of the localized columns, in header order.
    pub languages: Vec<Language>,
}

/// A vendor: the Cargo feature that enables its rows, and its variant name.
#[derive(Debug, Clone)]
pub struct Vendor {
    pub feature: String,
    pub ident: Ident,
}

/// A row together with the names and number derived from it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub row: Row,
    pub ident: Ident,
    pub aliases: Vec<Ident>,
    /// Index of this meaning among the meanings of the same code.
    pub meaning: usize,
}

/// Reads and checks a registry file, reporting every problem found, in
/// line order.
///
/// The entry point of the tests, the expansion bench and the fuzz target;
/// the macro calls `read_rows` and `finish` itself, to add its feature
/// check in between.
#[cfg_attr(not(test), allow(dead_code))]
pub fn parse(bytes: &[u8]) -> Result<Registry, Vec<Problem>> {
    let (rows, tags, problems) = read_rows(bytes);
    finish(rows, &tags, problems)
}

/// Checks the rows that did read against each other, so that one pass
/// reports every problem: those of `problems`, found earlier, and the new
/// ones, in line order.
pub fn finish(
    rows: Vec<Row>,
    tags: &[String],
    mut problems: Vec<Problem>,
) -> Result<Registry, Vec<Problem>> {
    match check(rows, tags) {
        Ok(registry) if problems.is_empty() => return Ok(registry),
        Ok(_) => {}
        Err(mut more) => problems.append(&mut more),
    }
    problems.sort_by_key(|p| p.line);
    Err(problems)
}

/// The Cargo feature that enables the texts of the language `tag`.
pub fn language_feature(tag: &str) -> String {
    format!("lang-{}", tag.to_ascii_lowercase())
}

/// Reads the rows of a registry, checking each on its own: the rows that
/// are fine, the language tags of the header, and the problems found.
pub fn read_rows(bytes: &[u8]) -> (Vec<Row>, Vec<String>, Vec<Problem>) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        let problem = Problem::file(
            "the registry is empty; it needs at least the header line `Value,Description,Reference`",
        );
        return (Vec::new(), Vec::new(), vec![problem]);
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut problems = Vec::new();
    let mut header: Option<Header> = None;
    let mut rows = Vec::new();
    for record in reader.byte_records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, |p| p.line());
                problems.push(Problem::at(line, format!("unreadable CSV: {error}")));
                break;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let fields = match decode_fields(&record, line) {
            Ok(fields) => fields,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        if fields.len() == 1 && fields[0].trim().is_empty() {
            continue;
        }
        if let Err(problem) = check_single_line(&fields, line) {
            problems.push(problem);
            continue;
        }
        match &header {
            None => match Header::parse(&fields, line) {
                Ok(parsed) => header = Some(parsed),
                // Rows cannot be read against a header that is wrong.
                Err(mut found) => {
                    problems.append(&mut found);
                    return (Vec::new(), Vec::new(), problems);
                }
            },
            Some(header) => match read_row(header, &fields, line) {
                Ok(Some(row)) => rows.push(row),
                Ok(None) => {}
                Err(mut found) => problems.append(&mut found),
            },
        }
    }
    if header.is_none() && problems.is_empty() {
        problems.push(Problem::file("the registry has no header line"));
    }
    let tags = header.map_or_else(Vec::new, |h| {
        h.languages.into_iter().map(|l| l.tag).collect()
    });
    (rows, tags, problems)
}

fn decode_fields(record: &csv::ByteRecord, line: u64) -> Result<Vec<String>, Problem> {
    record
        .iter()
        .enumerate()
        .map(|(index, field)| {
            std::str::from_utf8(field).map(str::to_owned).map_err(|e| {
                Problem::at(
                    line,
                    format!(
                        "field {} is not valid UTF-8 (bad byte at offset {} of the field); save the file as UTF-8",
                        index + 1,
                        e.valid_up_to()
                    ),
                )
            })
        })
        .collect()
}

/// No cell of a registry spans lines: one that does almost always comes from
/// a quote that was opened and never closed.
fn check_single_line(fields: &[String], line: u64) -> Result<(), Problem> {
    match fields.iter().position(|f| f.contains(['\n', '\r'])) {
        None => Ok(()),
        Some(index) => Err(Problem::at(
            line,
            format!(
                "field {} runs over several lines: a `\"` is opened and not closed (write a quote inside a quoted field as `\"\"`)",
                index + 1
            ),
        )),
    }
}

/// Reads one data row; `Ok(None)` for rows IANA uses for bookkeeping
/// (unassigned ranges, `(Unused)` codes), which define no status.
fn read_row(header: &Header, fields: &[String], line: u64) -> Result<Option<Row>, Vec<Problem>> {
    if fields.len() != header.width {
        return Err(vec![Problem::at(
            line,
            format!(
                "expected {} fields as in the header, found {}; check the commas and quotes of this row",
                header.width,
                fields.len()
            ),
        )]);
    }
    let value = header.cell(fields, Column::Value);
    let description = header.cell(fields, Column::Description);
    if is_placeholder(description) {
        return Ok(None);
    }
    let mut problems = Vec::new();
    let code = parse_code(value)
        .map_err(|message| problems.push(Problem::at(line, message)))
        .ok();
    if let Err(message) = check_description(description) {
        problems.push(Problem::at(line, message));
    }
    let vendor = header.cell(fields, Column::Vendor).trim();
    if let Err(message) = check_vendor(vendor) {
        problems.push(Problem::at(line, message));
    }
    let identifier = header.cell(fields, Column::Identifier).trim();
    let aliases = split_list(header.cell(fields, Column::Aliases));
    let translations = header
        .languages
        .iter()
        .map(|columns| Translation {
            reason: localized_cell(fields, columns.description),
            summary: localized_cell(fields, columns.summary),
        })
        .collect();
    match code {
        Some(code) if problems.is_empty() => Ok(Some(Row {
            line,
            code,
            description: description.to_owned(),
            reason: reason_phrase(description).to_owned(),
            reference: header.cell(fields, Column::Reference).trim().to_owned(),
            vendor: (!vendor.is_empty()).then(|| vendor.to_owned()),
            summary: header.cell(fields, Column::Summary).trim().to_owned(),
            identifier: (!identifier.is_empty()).then(|| identifier.to_owned()),
            aliases,
            translations,
        })),
        _ => Err(problems),
    }
}

/// IANA's file lists unassigned codes and ranges (`104-199,Unassigned,`)
/// and retired codes (`306,(Unused),...`); none is a status a server may send.
fn is_placeholder(description: &str) -> bool {
    description.eq_ignore_ascii_case("Unassigned") || description.eq_ignore_ascii_case("(Unused)")
}

/// The description without a trailing parenthesised remark, which IANA
/// uses for notes (`Not Extended (OBSOLETED)`) that are not part of the
/// phrase a server sends.
pub fn reason_phrase(description: &str) -> &str {
    if let Some(open) = description.rfind(" (") {
        let (phrase, remark) = description.split_at(open);
        if remark.ends_with(')') && !phrase.trim().is_empty() {
            return phrase.trim_end();
        }
    }
    description
}

/// A code is exactly three ASCII digits, from 100 to 599.
pub fn parse_code(value: &str) -> Result<u16, String> {
    let bytes = value.as_bytes();
    if bytes.len() != 3 || !bytes.iter().all(u8::is_ascii_digit) {
        return Err(format!(
            "`{value}` is not a status code: a code is exactly three digits, from 100 to 599"
        ));
    }
    let code = bytes
        .iter()
        .fold(0u16, |n, &b| n * 10 + u16::from(b - b'0'));
    if !(100..=599).contains(&code) {
        return Err(format!(
            "code `{value}` is outside 100-599: HTTP defines only the classes 1xx to 5xx"
        ));
    }
    Ok(code)
}

/// A reason phrase goes on the status line, so it may hold only visible
/// ASCII, spaces and tabs, and cannot be blank.
fn check_description(description: &str) -> Result<(), String> {
    if description.trim().is_empty() {
        return Err(
            "the description (reason phrase) is blank; write the phrase sent on the status line, e.g. `Not Found`"
                .to_owned(),
        );
    }
    if description.trim() != description {
        return Err(format!(
            "the description `{description}` has leading or trailing spaces; remove them"
        ));
    }
    if let Some(c) = description
        .chars()
        .find(|&c| !(c == ' ' || c == '\t' || c.is_ascii_graphic()))
    {
        return Err(format!(
            "the description `{description}` contains {c:?}, which cannot appear in a status line (only visible ASCII, spaces and tabs)"
        ));
    }
    Ok(())
}

/// A vendor is the name of the Cargo feature that enables its rows.
fn check_vendor(vendor: &str) -> Result<(), String> {
    if vendor.is_empty() {
        return Ok(());
    }
    let valid = vendor
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && vendor.starts_with(|c: char| c.is_ascii_alphabetic());
    if !valid {
        return Err(format!(
            "vendor `{vendor}` is not a usable Cargo feature name: use ASCII letters, digits, `-` and `_`, starting with a letter"
        ));
    }
    if vendor.eq_ignore_ascii_case("standard") {
        return Err(
            "vendor `standard` is reserved for rows with an empty Vendor cell; leave the cell empty"
                .to_owned(),
        );
    }
    // Cargo turns `default` on with the crate's default features, and
    // `lang-*` features switch on languages: a vendor of either name would
    // come and go with something else.
    if vendor == "default" {
        return Err(
            "vendor `default` would be on whenever the crate's default features are; give the vendor its own name"
                .to_owned(),
        );
    }
    if vendor.to_ascii_lowercase().starts_with("lang-") {
        return Err(format!(
            "vendor `{vendor}` looks like a language feature (`lang-TAG` enables the `Description@TAG` columns); give the vendor another name"
        ));
    }
    Ok(())
}

/// A localized cell, trimmed; `None` when the column is absent or empty.
fn localized_cell(fields: &[String], index: Option<usize>) -> Option<String> {
    let text = fields.get(index?)?.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

fn split_list(cell: &str) -> Vec<String> {
    cell.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Checks the rows against each other, names them and orders them.
pub fn check(rows: Vec<Row>, tags: &[String]) -> Result<Registry, Vec<Problem>> {
    let mut problems = Vec::new();
    let languages = name_languages(tags, &mut problems);
    check_duplicate_meanings(&rows, &mut problems);
    let mut entries = Vec::with_capacity(rows.len());
    // Every name an item of the enum takes, with the line that takes it.
    let mut names: BTreeMap<String, u64> = BTreeMap::new();
    for row in rows {
        let mut claim = |name: &Ident, what: &str, problems: &mut Vec<Problem>| {
            let key = name.to_string();
            match names.get(&key) {
                Some(&first) => problems.push(Problem::at(
                    row.line,
                    format!(
                        "duplicate identifier `{key}` ({what}; also at line {first}); give this row another name in the `Identifier` column"
                    ),
                )),
                None => {
                    names.insert(key, row.line);
                }
            }
        };
        let ident = match naming::variant_ident(&row.description, row.identifier.as_deref()) {
            Ok(ident) => ident,
            Err(message) => {
                problems.push(Problem::at(row.line, message));
                continue;
            }
        };
        claim(&ident, "variant", &mut problems);
        let mut aliases = Vec::new();
        for alias in &row.aliases {
            match naming::alias_ident(alias) {
                Ok(a) => {
                    claim(&a, "alias", &mut problems);
                    aliases.push(a);
                }
                Err(message) => problems.push(Problem::at(row.line, message)),
            }
        }
        entries.push(Entry {
            row,
            ident,
            aliases,
            meaning: 0,
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    // Standard meanings first, then vendors in file order (the sort is stable).
    entries.sort_by_key(|e| (e.row.code, e.row.vendor.is_some()));
    number_meanings(&mut entries);
    let vendors = collect_vendors(&entries)?;
    Ok(Registry {
        entries,
        vendors,
        languages,
    })
}

/// The languages of the header, each with its feature and variant name.
fn name_languages(tags: &[String], problems: &mut Vec<Problem>) -> Vec<Language> {
    let mut languages: Vec<Language> = Vec::new();
    for tag in tags {
        match naming::vendor_ident(tag) {
            Ok(ident) if ident != "En" && !languages.iter().any(|l| l.ident == ident) => {
                languages.push(Language {
                    tag: tag.clone(),
                    feature: language_feature(tag),
                    ident,
                });
            }
            Ok(ident) => problems.push(Problem::at(
                1,
                format!("language `{tag}` has the same name `{ident}` as another language"),
            )),
            Err(message) => problems.push(Problem::at(1, message)),
        }
    }
    languages
}

/// The vendors in order of first appearance, each named once.
fn collect_vendors(entries: &[Entry]) -> Result<Vec<Vendor>, Vec<Problem>> {
    let mut by_line: Vec<&Entry> = entries.iter().collect();
    by_line.sort_by_key(|e| e.row.line);
    let mut vendors: Vec<Vendor> = Vec::new();
    let mut problems = Vec::new();
    for entry in by_line {
        let Some(feature) = &entry.row.vendor else {
            continue;
        };
        if vendors.iter().any(|v| &v.feature == feature) {
            continue;
        }
        match naming::vendor_ident(feature) {
            Ok(ident) if !vendors.iter().any(|v| v.ident == ident) => vendors.push(Vendor {
                feature: feature.clone(),
                ident,
            }),
            Ok(ident) => problems.push(Problem::at(
                entry.row.line,
                format!("vendor `{feature}` has the same name `{ident}` as another vendor; rename one of them"),
            )),
            Err(message) => problems.push(Problem::at(entry.row.line, message)),
        }
    }
    if problems.is_empty() {
        Ok(vendors)
    } else {
        Err(problems)
    }
}

fn check_duplicate_meanings(rows: &[Row], problems: &mut Vec<Problem>) {
    let mut seen: BTreeMap<(u16, Option<&str>), u64> = BTreeMap::new();
    for row in rows {
        let key = (row.code, row.vendor.as_deref());
        if let Some(&first) = seen.get(&key) {
            let owner = match &row.vendor {
                Some(vendor) => format!("vendor `{vendor}`"),
                None => "the standard (empty Vendor)".to_owned(),
            };
            problems.push(Problem::at(
                row.line,
                format!(
                    "duplicate meaning: code {} is already defined for {owner} at line {first}; a code has at most one meaning per vendor, so remove this row or set its Vendor",
                    row.code
                ),
            ));
        } else {
            seen.insert(key, row.line);
        }
    }
}

/// Gives each entry its index among the (sorted) entries of the same code.
fn number_meanings(entries: &mut [Entry]) {
    let mut previous = None;
    let mut meaning = 0;
    for entry in entries {
        meaning = if previous == Some(entry.row.code) {
            meaning + 1
        } else {
            0
        };
        entry.meaning = meaning;
        previous = Some(entry.row.code);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "Value,Description,Reference,Vendor,Summary\n";

    fn problems(csv: &str) -> Vec<Problem> {
        parse(csv.as_bytes()).expect_err("registry should be rejected")
    }

    fn lines(found: &[Problem]) -> Vec<Option<u64>> {
        found.iter().map(|p| p.line).collect()
    }

    #[test]
    fn reads_iana_columns_alone() {
        let registry =
            parse(b"Value,Description,Reference\n404,Not Found,\"[RFC9110, Section 15.5.5]\"\n")
                .unwrap();
        let entry = &registry.entries[0];
        assert_eq!(entry.row.code, 404);
        assert_eq!(entry.row.reference, "[RFC9110, Section 15.5.5]");
        assert_eq!(entry.ident.to_string(), "NotFound");
        assert!(registry.vendors.is_empty());
    }

    #[test]
    fn skips_iana_placeholders_bom_and_crlf() {
        let csv = "\u{FEFF}Value,Description,Reference\r\n100,Continue,\"[RFC9110, Section 15.2.1]\"\r\n104-199,Unassigned,\r\n306,(Unused),\"[RFC9110, Section 15.4.7]\"\r\n";
        let registry = parse(csv.as_bytes()).unwrap();
        let codes: Vec<u16> = registry.entries.iter().map(|e| e.row.code).collect();
        assert_eq!(codes, [100]);
    }

    #[test]
    fn drops_iana_remarks_from_reason_phrases() {
        assert_eq!(reason_phrase("Not Extended (OBSOLETED)"), "Not Extended");
        assert_eq!(
            reason_phrase("Upload Resumption Supported (TEMPORARY - registered 2024-11-13, expires 2025-11-13)"),
            "Upload Resumption Supported"
        );
        assert_eq!(reason_phrase("Not Found"), "Not Found");
        assert_eq!(reason_phrase("(Odd)"), "(Odd)");
        assert_eq!(reason_phrase("Odd (open"), "Odd (open");
    }

    #[test]
    fn orders_standard_first_then_vendors_in_file_order() {
        let csv = format!(
            "{HEADER}499,Token Required,,esri,\n499,Client Closed Request,,nginx,\n200,OK,,,\n"
        );
        let registry = parse(csv.as_bytes()).unwrap();
        let order: Vec<(u16, usize, String)> = registry
            .entries
            .iter()
            .map(|e| (e.row.code, e.meaning, e.ident.to_string()))
            .collect();
        assert_eq!(
            order,
            [
                (200, 0, "Ok".to_owned()),
                (499, 0, "TokenRequired".to_owned()),
                (499, 1, "ClientClosedRequest".to_owned()),
            ]
        );
        let features: Vec<&str> = registry
            .vendors
            .iter()
            .map(|v| v.feature.as_str())
            .collect();
        assert_eq!(features, ["esri", "nginx"]);
    }

    #[test]
    fn collects_every_bad_row_in_one_pass() {
        let csv = format!("{HEADER}404,Not Found,,,\n99,Tiny,,,\n700,Huge,,,\n4o4,Letters,,,\n404,Again,,,\n201, ,,,\n");
        let found = problems(&csv);
        assert_eq!(lines(&found), [Some(3), Some(4), Some(5), Some(6), Some(7)]);
        assert!(found[0].message.contains("`99` is not a status code"));
        assert!(found[1].message.contains("outside 100-599"));
        assert!(found[2].message.contains("`4o4`"));
        assert!(found[3].message.contains("duplicate meaning"));
        assert!(found[3].message.contains("line 2"));
        assert!(found[4].message.contains("blank"));
    }

    #[test]
    fn rejects_vendor_names_that_other_features_own() {
        let csv = format!(
            "{HEADER}200,OK,,,\n520,A,,standard,\n521,B,,default,\n522,C,,lang-fr,\n523,D,,9x,\n"
        );
        let found = problems(&csv);
        assert_eq!(lines(&found), [Some(3), Some(4), Some(5), Some(6)]);
        assert!(found[0].message.contains("reserved"), "{}", found[0]);
        assert!(
            found[1].message.contains("default features"),
            "{}",
            found[1]
        );
        assert!(
            found[2].message.contains("language feature"),
            "{}",
            found[2]
        );
        assert!(
            found[3].message.contains("Cargo feature name"),
            "{}",
            found[3]
        );
        assert!(parse(format!("{HEADER}520,A,,language-x,\n").as_bytes()).is_ok());
    }

    #[test]
    fn rejects_unknown_and_missing_columns() {
        let found = problems("Value,Description,Colour\n");
        assert_eq!(found.len(), 2);
        assert!(found[0].message.contains("unknown column `Colour`"));
        assert!(found[1]
            .message
            .contains("lacks the required column `Reference`"));
    }

    #[test]
    fn rejects_a_missing_header_once() {
        let found = problems("404,Not Found,\n500,Internal Server Error,\n");
        assert_eq!(lines(&found), [Some(1)]);
        assert!(found[0].message.contains("header is missing"));
    }

    #[test]
    fn rejects_an_unclosed_quote() {
        let csv = format!("{HEADER}200,OK,,,\n404,\"Not Found,,,\n500,Internal Server Error,,,\n");
        let found = problems(&csv);
        assert_eq!(lines(&found), [Some(3)]);
        assert!(found[0].message.contains("not closed"));
    }

    #[test]
    fn rejects_a_row_of_the_wrong_width() {
        let found = problems(&format!("{HEADER}404,Not Found\n"));
        assert!(found[0].message.contains("expected 5 fields"));
    }

    #[test]
    fn rejects_empty_and_non_utf8_files() {
        assert!(problems("").first().unwrap().message.contains("empty"));
        assert!(problems(" \n\n").first().unwrap().line.is_none());
        let mut bytes = HEADER.as_bytes().to_vec();
        bytes.extend_from_slice(b"404,Not F\xFFund,,,\n");
        let found = parse(&bytes).unwrap_err();
        assert_eq!(lines(&found), [Some(2)]);
        assert!(found[0].message.contains("UTF-8"));
    }

    #[test]
    fn rejects_duplicate_identifiers_with_both_lines() {
        let csv = format!("{HEADER}404,Not Found,,,\n405,Not-Found,,nginx,\n");
        let found = problems(&csv);
        assert_eq!(lines(&found), [Some(3)]);
        assert!(found[0].message.contains("duplicate identifier `NotFound`"));
        assert!(found[0].message.contains("also at line 2"));
        assert!(found[0].message.contains("Identifier"));
    }

    #[test]
    fn rejects_reason_phrases_unfit_for_a_status_line() {
        let found = problems(&format!("{HEADER}404,Nicht gefunden ✗,,,\n"));
        assert!(found[0].message.contains("cannot appear in a status line"));
    }

    #[test]
    fn rejects_bad_vendor_names() {
        let found = problems(&format!(
            "{HEADER}444,No Response,,ng inx,\n445,Other,,standard,\n"
        ));
        assert_eq!(lines(&found), [Some(2), Some(3)]);
    }
}
