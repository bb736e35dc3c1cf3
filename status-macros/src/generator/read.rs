//! Reading a registry file: the header and each row on its own.
//!
//! The input is the raw bytes of a CSV file whose first columns are IANA's
//! (`Value,Description,Reference`) and whose optional extra columns are the
//! project's. Rows are checked one at a time here; `check` compares them.

use crate::problems::Problems;
use crate::records::records;

/// The columns a registry may have. The first three are IANA's and required.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Value,
    Description,
    Reference,
    Vendor,
    Preferred,
    Summary,
    Identifier,
    Aliases,
    Content,
    Cacheable,
    Retry,
    RequiredHeaders,
    SuggestedHeaders,
}

impl Column {
    const ALL: [Column; 13] = [
        Column::Value,
        Column::Description,
        Column::Reference,
        Column::Vendor,
        Column::Preferred,
        Column::Summary,
        Column::Identifier,
        Column::Aliases,
        Column::Content,
        Column::Cacheable,
        Column::Retry,
        Column::RequiredHeaders,
        Column::SuggestedHeaders,
    ];

    fn name(self) -> &'static str {
        match self {
            Column::Value => "Value",
            Column::Description => "Description",
            Column::Reference => "Reference",
            Column::Vendor => "Vendor",
            Column::Preferred => "Preferred",
            Column::Summary => "Summary",
            Column::Identifier => "Identifier",
            Column::Aliases => "Aliases",
            Column::Content => "Content",
            Column::Cacheable => "Cacheable",
            Column::Retry => "Retry",
            Column::RequiredHeaders => "Required Headers",
            Column::SuggestedHeaders => "Suggested Headers",
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

/// A registry as read: its header's line, its languages, and the rows that
/// read without a problem.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub header_line: u64,
    /// The language tags of the localized columns, in header order.
    pub languages: Vec<String>,
    pub rows: Vec<Row>,
    /// The codes of rows left out for a problem, which the checks across
    /// rows must not judge by the rows that remain.
    pub incomplete: Vec<u16>,
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
    /// Whether the `Preferred` cell says `yes`.
    pub preferred: bool,
    pub summary: String,
    pub identifier: Option<String>,
    pub aliases: Vec<String>,
    /// The row's texts in each language of the header, in header order.
    pub translations: Vec<Translation>,
    /// What HTTP says of a response with this status.
    pub semantics: Semantics,
}

/// The HTTP semantics columns of a row; `None` and empty lists where the
/// cells are empty, which leaves them to the class's default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Semantics {
    pub content: Option<bool>,
    pub cacheable: Option<bool>,
    /// Whether and how the request may be repeated; `None` for the
    /// class's default.
    pub retry: Option<Retry>,
    pub required: Vec<String>,
    pub suggested: Vec<String>,
}

/// One row's text in one language; `None` where a cell is empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub reason: Option<String>,
    pub summary: Option<String>,
}

/// Where each known column sits in the file.
struct Header {
    /// The position of each of [`Column::ALL`] that the header has.
    positions: [Option<usize>; Column::ALL.len()],
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
    /// The header, or `None` after reporting why rows cannot be read with it.
    fn parse(fields: &[String], line: u64, problems: &mut Problems) -> Option<Header> {
        if fields.first().is_some_and(|f| parse_code(f).is_ok()) {
            problems.at(
                line,
                "the header is missing: the first line is a data row; start the file with `Value,Description,Reference`",
            );
            return None;
        }
        let mut bad = Problems::default();
        let mut positions = [None; Column::ALL.len()];
        let mut languages: Vec<LanguageColumns> = Vec::new();
        for (index, name) in fields.iter().enumerate() {
            if let Some(column) = Column::from_name(name) {
                if positions[column as usize].replace(index).is_some() {
                    bad.at(line, format!("column `{name}` appears twice in the header"));
                }
                continue;
            }
            let localized = name
                .split_once('@')
                .filter(|(base, _)| *base == "Description" || *base == "Summary");
            let Some((base, tag)) = localized else {
                if name == "Transient" {
                    bad.at(
                        line,
                        "the `Transient` column is now `Retry`: write `never`, `idempotent` (only requests whose method is idempotent may be repeated) or `any` (whatever the method)",
                    );
                    continue;
                }
                bad.at(
                    line,
                    format!(
                        "unknown column `{name}` in the header; known columns are {}, and `Description@TAG` and `Summary@TAG` for a language tag such as `bn`",
                        known_columns()
                    ),
                );
                continue;
            };
            if let Err(why) = check_language_tag(tag) {
                bad.at(line, format!("column `{name}`: {why}"));
                continue;
            }
            // BCP 47 tags ignore case: `pt-BR` and `pt-br` are one language.
            let position = match languages
                .iter()
                .position(|l| l.tag.eq_ignore_ascii_case(tag))
            {
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
            if let Some(earlier) = slot.replace(index) {
                let first = &fields[earlier];
                if first == name {
                    bad.at(line, format!("column `{name}` appears twice in the header"));
                } else {
                    bad.at(
                        line,
                        format!("column `{name}` repeats `{first}`: language tags ignore case"),
                    );
                }
            }
        }
        for column in Column::ALL {
            if column.required() && positions[column as usize].is_none() {
                bad.at(
                    line,
                    format!(
                        "the header lacks the required column `{}`; a registry starts with `Value,Description,Reference`",
                        column.name()
                    ),
                );
            }
        }
        if bad.is_empty() {
            Some(Header {
                positions,
                languages,
                width: fields.len(),
            })
        } else {
            problems.extend(bad.into_sorted());
            None
        }
    }

    /// The cell of `column` in `fields`, or `""` when the column is absent.
    fn cell<'a>(&self, fields: &'a [String], column: Column) -> &'a str {
        self.positions[column as usize]
            .and_then(|i| fields.get(i))
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
    let mut names = Vec::new();
    for column in Column::ALL {
        names.push(format!("`{}`", column.name()));
    }
    names.join(", ")
}

/// Reads the header and every row, checking each row on its own. Returns
/// what could be read; the problems found go to `problems`.
pub fn read(bytes: &[u8], problems: &mut Problems) -> Sheet {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        problems.file(
            "the registry is empty; it needs at least the header line `Value,Description,Reference`",
        );
        return Sheet::default();
    }
    let mut sheet = Sheet::default();
    let mut header: Option<Header> = None;
    for record in records(bytes) {
        let line = record.line;
        let Some(fields) = decode_fields(&record.fields, line, problems) else {
            // The next row is no header: rows cannot be read without one.
            if header.is_none() {
                return Sheet::default();
            }
            continue;
        };
        if fields.len() == 1 && fields[0].trim().is_empty() {
            continue;
        }
        if !is_single_line(&fields, line, problems) {
            if header.is_none() {
                return Sheet::default();
            }
            continue;
        }
        match &header {
            None => match Header::parse(&fields, line, problems) {
                Some(parsed) => {
                    sheet.header_line = line;
                    for language in &parsed.languages {
                        sheet.languages.push(language.tag.clone());
                    }
                    header = Some(parsed);
                }
                // Rows cannot be read against a header that is wrong.
                None => return Sheet::default(),
            },
            Some(header) => match read_row(header, &fields, line, problems) {
                Ok(Some(row)) => sheet.rows.push(row),
                Err(Some(code)) => sheet.incomplete.push(code),
                Ok(None) | Err(None) => {}
            },
        }
    }
    if header.is_none() && problems.is_empty() {
        problems.file("the registry has no header line");
    }
    sheet
}

fn decode_fields(record: &[Vec<u8>], line: u64, problems: &mut Problems) -> Option<Vec<String>> {
    let mut fields = Vec::with_capacity(record.len());
    for (index, field) in record.iter().enumerate() {
        match std::str::from_utf8(field) {
            Ok(text) => fields.push(text.to_owned()),
            Err(e) => {
                problems.at(
                    line,
                    format!(
                        "field {} is not valid UTF-8 (bad byte at offset {} of the field); save the file as UTF-8",
                        index + 1,
                        e.valid_up_to()
                    ),
                );
                return None;
            }
        }
    }
    Some(fields)
}

/// No cell of a registry spans lines: one that does almost always comes from
/// a quote that was opened and never closed.
fn is_single_line(fields: &[String], line: u64, problems: &mut Problems) -> bool {
    match fields.iter().position(|f| f.contains(['\n', '\r'])) {
        None => true,
        Some(index) => {
            problems.at(
                line,
                format!(
                    "field {} spans lines: a `\"` it opens is not closed before the end of the line (write a quote inside a quoted field as `\"\"`), or the cell holds a line break, which a registry cell cannot",
                    index + 1
                ),
            );
            false
        }
    }
}

/// Reads one data row; `None` for rows IANA uses for bookkeeping
/// (unassigned ranges, `(Unused)` codes), which define no status. A row
/// with a problem, which is reported, is an error with its code if it has
/// one.
fn read_row(
    header: &Header,
    fields: &[String],
    line: u64,
    problems: &mut Problems,
) -> Result<Option<Row>, Option<u16>> {
    if fields.len() != header.width {
        problems.at(
            line,
            format!(
                "expected {} fields as in the header, found {}; check the commas and quotes of this row",
                header.width,
                fields.len()
            ),
        );
        return Err(parse_code(header.cell(fields, Column::Value)).ok());
    }
    let description = header.cell(fields, Column::Description);
    if is_placeholder(description) {
        return Ok(None);
    }
    let mut bad = Problems::default();
    let vendor = header.cell(fields, Column::Vendor).trim();
    if let Err(message) = check_vendor(vendor) {
        bad.at(line, message);
    }
    // The number, even when out of range for a standard row, for the
    // checks across rows to know that the code lost a row.
    let number = parse_code(header.cell(fields, Column::Value))
        .map_err(|message| bad.at(line, message))
        .ok();
    let code = number.filter(|&code| {
        check_standard_range(code, vendor)
            .map_err(|message| bad.at(line, message))
            .is_ok()
    });
    if let Err(message) = check_description(description) {
        bad.at(line, message);
    }
    let preferred = or_report(
        parse_preferred(header.cell(fields, Column::Preferred)),
        line,
        &mut bad,
    );
    let identifier = header.cell(fields, Column::Identifier).trim();
    let semantics = read_semantics(header, fields, line, &mut bad);
    let mut translations = Vec::with_capacity(header.languages.len());
    for columns in &header.languages {
        translations.push(Translation {
            reason: localized_cell(fields, columns.description),
            summary: localized_cell(fields, columns.summary),
        });
    }
    match code {
        Some(code) if bad.is_empty() => Ok(Some(Row {
            line,
            code,
            description: description.to_owned(),
            reason: reason_phrase(description).to_owned(),
            reference: header.cell(fields, Column::Reference).trim().to_owned(),
            vendor: (!vendor.is_empty()).then(|| vendor.to_owned()),
            preferred,
            summary: header.cell(fields, Column::Summary).trim().to_owned(),
            identifier: (!identifier.is_empty()).then(|| identifier.to_owned()),
            aliases: split_list(header.cell(fields, Column::Aliases)),
            translations,
            semantics,
        })),
        _ => {
            problems.extend(bad.into_sorted());
            Err(number)
        }
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

/// A code is exactly three ASCII digits, from 100 to 999.
pub fn parse_code(value: &str) -> Result<u16, String> {
    let bytes = value.as_bytes();
    if bytes.len() != 3 || !bytes.iter().all(u8::is_ascii_digit) {
        return Err(format!(
            "`{value}` is not a status code: a code is exactly three digits, from 100 to 999"
        ));
    }
    let code = bytes
        .iter()
        .fold(0u16, |n, &b| n * 10 + u16::from(b - b'0'));
    if code < 100 {
        return Err(format!(
            "code `{value}` is below 100: a status code's first digit is 1 to 9"
        ));
    }
    Ok(code)
}

/// HTTP defines the classes 1xx to 5xx (RFC 9110, Section 15); vendors send
/// codes up to 999, so only their rows may use 600 to 999.
fn check_standard_range(code: u16, vendor: &str) -> Result<u16, String> {
    if code >= 600 && vendor.is_empty() {
        return Err(format!(
            "code `{code}` is outside 100-599, the classes HTTP defines; only a vendor's row (with a `Vendor`) may use 600 to 999"
        ));
    }
    Ok(code)
}

/// A reason phrase goes on the status line, so it may hold only visible
/// ASCII and spaces, and cannot be blank.
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
        .find(|&c| !(c == ' ' || c.is_ascii_graphic()))
    {
        return Err(format!(
            "the description `{description}` contains {c:?}; a reason phrase holds only visible ASCII and spaces"
        ));
    }
    Ok(())
}

/// The `Preferred` cell: empty, or `yes`.
fn parse_preferred(cell: &str) -> Result<bool, String> {
    match cell.trim() {
        "" => Ok(false),
        "yes" => Ok(true),
        other => Err(format!(
            "`{other}` in the `Preferred` column: write `yes` for the row that `from_u16` gives for its code, or leave it empty"
        )),
    }
}

/// The semantics cells of a row; every bad cell is a problem at `line`, so
/// that one build reports them all.
fn read_semantics(header: &Header, fields: &[String], line: u64, bad: &mut Problems) -> Semantics {
    let flag = |column: Column| parse_flag(column.name(), header.cell(fields, column));
    let headers = |column: Column| parse_headers(column.name(), header.cell(fields, column));
    Semantics {
        content: or_report(flag(Column::Content), line, bad),
        cacheable: or_report(flag(Column::Cacheable), line, bad),
        retry: or_report(parse_retry(header.cell(fields, Column::Retry)), line, bad),
        required: or_report(headers(Column::RequiredHeaders), line, bad),
        suggested: or_report(headers(Column::SuggestedHeaders), line, bad),
    }
}

/// The value of a cell, or after reporting why it is bad, the default.
fn or_report<T: Default>(parsed: Result<T, String>, line: u64, problems: &mut Problems) -> T {
    parsed
        .map_err(|message| problems.at(line, message))
        .unwrap_or_default()
}

/// A `Retry` cell, as status-core's `Retry` names its values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    Never,
    Idempotent,
    AnyMethod,
}

impl Retry {
    /// The variant of status-core's `Retry`.
    pub fn variant(self) -> &'static str {
        match self {
            Retry::Never => "Never",
            Retry::Idempotent => "Idempotent",
            Retry::AnyMethod => "AnyMethod",
        }
    }
}

/// A `Retry` cell; empty leaves the answer to the class's default.
fn parse_retry(cell: &str) -> Result<Option<Retry>, String> {
    match cell.trim() {
        "" => Ok(None),
        "never" => Ok(Some(Retry::Never)),
        "idempotent" => Ok(Some(Retry::Idempotent)),
        "any" => Ok(Some(Retry::AnyMethod)),
        other => Err(format!(
            "`{other}` in the `Retry` column: write `never`, `idempotent` (only requests whose method is idempotent may be repeated) or `any` (whatever the method), or leave it empty for the default of the code's class"
        )),
    }
}

/// A `yes`/`no` cell; empty leaves the answer to the class's default.
fn parse_flag(column: &str, cell: &str) -> Result<Option<bool>, String> {
    match cell.trim() {
        "" => Ok(None),
        "yes" => Ok(Some(true)),
        "no" => Ok(Some(false)),
        other => Err(format!(
            "`{other}` in the `{column}` column: write `yes` or `no`, or leave it empty for the default of the code's class"
        )),
    }
}

/// Header field names separated by `;`, in lower case as HTTP/2 and HTTP/3
/// send them.
fn parse_headers(column: &str, cell: &str) -> Result<Vec<String>, String> {
    let names = split_list(cell);
    match names.iter().find(|name| !is_header_name(name)) {
        None => Ok(names),
        Some(name) => Err(format!(
            "`{name}` in the `{column}` column is not a header field name in lower case; write names such as `retry-after`, separated by `;`"
        )),
    }
}

/// A field name of RFC 9110 (a token) written in lower case.
fn is_header_name(name: &str) -> bool {
    !name.is_empty()
        && name.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b"!#$%&'*+-.^_`|~".contains(&b)
        })
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
    let mut items = Vec::new();
    for item in cell.split(';') {
        let item = item.trim();
        if !item.is_empty() {
            items.push(item.to_owned());
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problems::Problem;

    #[test]
    fn columns_are_listed_in_the_order_of_their_positions() {
        for (at, column) in Column::ALL.into_iter().enumerate() {
            assert_eq!(column as usize, at, "{}", column.name());
        }
    }

    const HEADER: &str = "Value,Description,Reference,Vendor,Summary\n";

    fn read_all(csv: &[u8]) -> (Sheet, Vec<Problem>) {
        let mut problems = Problems::default();
        let sheet = read(csv, &mut problems);
        (sheet, problems.into_sorted())
    }

    fn lines(found: &[Problem]) -> Vec<Option<u64>> {
        found.iter().map(|p| p.line).collect()
    }

    #[test]
    fn language_tags_ignore_case() {
        let csv = "Value,Description,Reference,Description@sr-Latn,Summary@sr-latn\n404,Not Found,x,a,b\n";
        let (sheet, problems) = read_all(csv.as_bytes());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(sheet.languages, ["sr-Latn"]);
        let (_, problems) =
            read_all(b"Value,Description,Reference,Description@pt,Description@pT\n");
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].message.contains("repeats `Description@pt`"),
            "{}",
            problems[0].message
        );
        // The column repeated is named, not the language's first column.
        let (_, problems) =
            read_all(b"Value,Description,Reference,Summary@PT,Description@pt,Description@pt\n");
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0]
                .message
                .contains("`Description@pt` appears twice"),
            "{}",
            problems[0].message
        );
    }

    #[test]
    fn reads_iana_columns_alone() {
        let (sheet, problems) =
            read_all(b"Value,Description,Reference\n404,Not Found,\"[RFC9110, Section 15.5.5]\"\n");
        assert!(problems.is_empty());
        assert_eq!(sheet.rows[0].code, 404);
        assert_eq!(sheet.rows[0].reference, "[RFC9110, Section 15.5.5]");
        assert_eq!(sheet.header_line, 1);
    }

    #[test]
    fn skips_iana_placeholders_bom_and_crlf() {
        let csv = "\u{FEFF}Value,Description,Reference\r\n100,Continue,\"[RFC9110, Section 15.2.1]\"\r\n104-199,Unassigned,\r\n306,(Unused),\"[RFC9110, Section 15.4.7]\"\r\n";
        let (sheet, problems) = read_all(csv.as_bytes());
        assert!(problems.is_empty());
        let codes: Vec<u16> = sheet.rows.iter().map(|r| r.code).collect();
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
    fn reports_every_bad_row_in_one_pass() {
        let csv = format!("{HEADER}404,Not Found,,,\n099,Tiny,,,\n700,Huge,,,\n4o4,Letters,,,\n201, ,,,\n999,Vendor,,acme,\n");
        let (sheet, found) = read_all(csv.as_bytes());
        assert_eq!(lines(&found), [Some(3), Some(4), Some(5), Some(6)]);
        assert!(found[0].message.contains("below 100"), "{}", found[0]);
        assert!(found[1].message.contains("outside 100-599"), "{}", found[1]);
        assert!(found[2].message.contains("`4o4`"), "{}", found[2]);
        assert!(found[3].message.contains("blank"), "{}", found[3]);
        let codes: Vec<u16> = sheet.rows.iter().map(|r| r.code).collect();
        assert_eq!(codes, [404, 999]);
    }

    #[test]
    fn counts_lines_after_blank_lines_and_with_any_line_ending() {
        for ending in ["\n", "\r\n", "\r"] {
            let csv = [
                "Value,Description,Reference",
                "",
                "200,OK,",
                "",
                "",
                "4o4,Bad,",
                "500,Broken, ,x",
            ]
            .join(ending);
            let (_, found) = read_all(csv.as_bytes());
            assert_eq!(lines(&found), [Some(6), Some(7)], "{ending:?}: {found:?}");
        }
    }

    #[test]
    fn reports_the_header_at_its_own_line() {
        let (sheet, found) = read_all(b"\n\nValue,Description,Reference,Description@x1\n");
        assert_eq!(lines(&found), [Some(3)]);
        assert!(found[0].message.contains("BCP 47"));
        assert!(sheet.rows.is_empty());
        let (sheet, found) =
            read_all("\r\rValue,Description,Reference,Summary@bn\r200,OK,,ঠিক\r".as_bytes());
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(sheet.header_line, 3);
        assert_eq!(sheet.rows[0].line, 4);
    }

    #[test]
    fn rejects_vendor_names_that_other_features_own() {
        let csv = format!(
            "{HEADER}200,OK,,,\n520,A,,standard,\n521,B,,default,\n522,C,,lang-fr,\n523,D,,9x,\n"
        );
        let (_, found) = read_all(csv.as_bytes());
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
        assert!(read_all(format!("{HEADER}520,A,,language-x,\n").as_bytes())
            .1
            .is_empty());
    }

    #[test]
    fn reads_the_preferred_column() {
        let csv = "Value,Description,Reference,Vendor,Preferred\n499,A,,a,yes\n499,B,,b,\n499,C,,c,maybe\n";
        let (sheet, found) = read_all(csv.as_bytes());
        assert_eq!(lines(&found), [Some(4)]);
        assert!(found[0].message.contains("`maybe`"));
        let preferred: Vec<bool> = sheet.rows.iter().map(|r| r.preferred).collect();
        assert_eq!(preferred, [true, false]);
    }

    #[test]
    fn reads_the_semantics_columns() {
        let csv = "Value,Description,Reference,Content,Cacheable,Retry,Required Headers,Suggested Headers\n\
                   401,Unauthorized,,,no,never,www-authenticate,\n\
                   503,Service Unavailable,,yes,,any,,retry-after\n\
                   204,No Content,,maybe,,,,\n\
                   405,Method Not Allowed,,,,,Allow,\n";
        let (sheet, found) = read_all(csv.as_bytes());
        assert_eq!(lines(&found), [Some(4), Some(5)]);
        assert!(
            found[0].message.contains("`maybe` in the `Content` column"),
            "{}",
            found[0]
        );
        assert!(found[1].message.contains("`Allow`"), "{}", found[1]);
        let unauthorized = &sheet.rows[0].semantics;
        assert_eq!(unauthorized.content, None);
        assert_eq!(unauthorized.cacheable, Some(false));
        assert_eq!(unauthorized.required, ["www-authenticate"]);
        let unavailable = &sheet.rows[1].semantics;
        assert_eq!(unavailable.retry, Some(Retry::AnyMethod));
        assert_eq!(unavailable.suggested, ["retry-after"]);
    }

    #[test]
    fn reports_every_bad_semantics_cell_of_a_row() {
        let csv = "Value,Description,Reference,Content,Cacheable,Retry,Required Headers,Suggested Headers\n\
                   204,No Content,,maybe,perhaps,sometimes,Allow,X\n";
        let (sheet, found) = read_all(csv.as_bytes());
        assert!(sheet.rows.is_empty());
        assert_eq!(lines(&found), [Some(2); 5]);
        for (problem, cell) in
            found
                .iter()
                .zip(["`maybe`", "`perhaps`", "`sometimes`", "`Allow`", "`X`"])
        {
            assert!(problem.message.contains(cell), "{problem}");
        }
    }

    #[test]
    fn a_bad_header_stops_the_reading() {
        for csv in [
            &b"Value,Description,\"Refe\nrence\"\n200,OK,x\n"[..],
            &b"Value,Description,Ref\xffrence\n200,OK,x\n"[..],
        ] {
            let (sheet, found) = read_all(csv);
            assert_eq!(lines(&found), [Some(1)], "{found:?}");
            assert!(sheet.rows.is_empty());
        }
    }

    #[test]
    fn rejects_unknown_and_missing_columns() {
        let (_, found) = read_all(b"Value,Description,Colour\n");
        assert_eq!(found.len(), 2);
        assert!(found[0].message.contains("unknown column `Colour`"));
        assert!(found[1]
            .message
            .contains("lacks the required column `Reference`"));
    }

    #[test]
    fn rejects_a_missing_header_once() {
        let (_, found) = read_all(b"404,Not Found,\n500,Internal Server Error,\n");
        assert_eq!(lines(&found), [Some(1)]);
        assert!(found[0].message.contains("header is missing"));
    }

    #[test]
    fn rejects_an_unclosed_quote() {
        let csv = format!("{HEADER}200,OK,,,\n404,\"Not Found,,,\n500,Internal Server Error,,,\n");
        let (_, found) = read_all(csv.as_bytes());
        assert_eq!(lines(&found), [Some(3)]);
        assert!(found[0].message.contains("not closed"));
        // Also at the end of a file without a final line ending.
        let csv = format!("{HEADER}200,OK,,,\n410,Gone,\"[RFC9110, Section 15.5.11],,");
        let (_, found) = read_all(csv.as_bytes());
        assert_eq!(lines(&found), [Some(3)]);
        assert!(found[0].message.contains("not closed"));
    }

    #[test]
    fn rejects_a_row_of_the_wrong_width() {
        let (_, found) = read_all(format!("{HEADER}404,Not Found\n").as_bytes());
        assert!(found[0].message.contains("expected 5 fields"));
    }

    #[test]
    fn rejects_empty_and_non_utf8_files() {
        assert!(read_all(b"").1[0].message.contains("empty"));
        assert!(read_all(b" \n\n").1[0].line.is_none());
        let mut bytes = HEADER.as_bytes().to_vec();
        bytes.extend_from_slice(b"404,Not F\xFFund,,,\n");
        let (_, found) = read_all(&bytes);
        assert_eq!(lines(&found), [Some(2)]);
        assert!(found[0].message.contains("UTF-8"));
    }

    #[test]
    fn rejects_reason_phrases_unfit_for_a_status_line() {
        let (_, found) = read_all(format!("{HEADER}404,Nicht gefunden ✗,,,\n").as_bytes());
        assert!(found[0].message.contains("visible ASCII"));
        let (_, found) = read_all(format!("{HEADER}404,Not\tFound,,,\n").as_bytes());
        assert!(found[0].message.contains("'\\t'"), "{}", found[0]);
    }
}
