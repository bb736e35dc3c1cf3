//! Every row of registry.csv, and every number from 100 to 999, checked
//! against the generated enum.
//!
//! The CSV itself is the oracle: the test reads it independently of the
//! macro. CI runs it under each feature set, so together the runs check the
//! invariant that makes features additive: a number that gives a registered
//! status gives the row the registry prefers for it, which only that row's
//! own feature can switch on or off.

mod common;

use status_core::{Retry, StatusCode, Vendor};

struct Row {
    line: u64,
    code: u16,
    reason: String,
    vendor: String,
    preferred: bool,
    summary: String,
    reference: String,
    /// The semantics cells, as written.
    content: String,
    cacheable: String,
    retry: String,
    required: String,
    suggested: String,
}

fn registry_rows() -> Vec<Row> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/registry.csv");
    let mut reader = csv::Reader::from_path(path).expect("registry.csv is readable");
    let headers = reader.headers().expect("registry.csv has a header").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (value, description, vendor, preferred, summary, reference) = (
        column("Value"),
        column("Description"),
        column("Vendor"),
        column("Preferred"),
        column("Summary"),
        column("Reference"),
    );
    let (content, cacheable, retry, required, suggested) = (
        column("Content"),
        column("Cacheable"),
        column("Retry"),
        column("Required Headers"),
        column("Suggested Headers"),
    );
    reader
        .records()
        .map(|record| {
            let record = record.expect("registry.csv rows are well formed");
            Row {
                line: record.position().unwrap().line(),
                code: record[value].parse().expect("codes are numbers"),
                reason: record[description].to_owned(),
                vendor: record[vendor].to_owned(),
                preferred: &record[preferred] == "yes",
                summary: record[summary].to_owned(),
                reference: record[reference].to_owned(),
                content: record[content].to_owned(),
                cacheable: record[cacheable].to_owned(),
                retry: record[retry].to_owned(),
                required: record[required].to_owned(),
                suggested: record[suggested].to_owned(),
            }
        })
        .collect()
}

/// Whether this test build turned on the feature of `vendor` (`""` is the
/// standard, always on).
fn enabled(vendor: &str) -> bool {
    vendor.is_empty() || common::feature_enabled(vendor)
}

/// The row a number should give, whatever the features: the standard row,
/// else its only row, else the row marked `Preferred`.
fn preferred_row(rows: &[Row], code: u16) -> Option<&Row> {
    let of_code: Vec<&Row> = rows.iter().filter(|r| r.code == code).collect();
    of_code
        .iter()
        .find(|r| r.vendor.is_empty())
        .or_else(|| (of_code.len() == 1).then(|| &of_code[0]))
        .or_else(|| of_code.iter().find(|r| r.preferred))
        .copied()
}

fn find(row: &Row) -> Option<StatusCode> {
    StatusCode::meanings(row.code)
        .iter()
        .copied()
        .find(|status| status.reason() == Some(row.reason.as_str()))
}

#[test]
fn every_number_gives_its_preferred_row_or_an_unregistered_value() {
    let rows = registry_rows();
    for code in 100..=999 {
        let status = StatusCode::from_u16(code).unwrap();
        assert_eq!(status.code(), code);
        match preferred_row(&rows, code).filter(|row| enabled(&row.vendor)) {
            Some(row) => {
                let at = format!("registry.csv:{} ({code})", row.line);
                assert_eq!(status.reason(), Some(row.reason.as_str()), "{at}");
                assert_eq!(
                    status.vendor().map(Vendor::name),
                    Some(vendor_name(row)),
                    "{at}"
                );
                assert_eq!(Some(status), find(row), "{at}");
            }
            None => {
                assert!(!status.is_registered(), "{code} gave {status:?}");
                assert_eq!(status.reason(), None, "{code}");
                assert_eq!(status.to_string(), code.to_string());
            }
        }
    }
}

/// What HTTP makes of a response with `code`, as the registry's cells
/// say, read here without the library: the cells of the number's
/// preferred row whatever features are on, or for a number without rows
/// those of the `x00` of its class (RFC 9110, Section 15), never cacheable.
#[derive(Debug, PartialEq)]
struct Expected {
    content: bool,
    cacheable: bool,
    retry: Retry,
    required: Vec<String>,
    suggested: Vec<String>,
    understood_as: u16,
}

fn expected(rows: &[Row], code: u16) -> Expected {
    let (row, recognized) = match preferred_row(rows, code) {
        Some(row) => (row, true),
        None => {
            let x00 = code.min(599) / 100 * 100;
            (
                preferred_row(rows, x00).expect("every class has its x00"),
                false,
            )
        }
    };
    let server_error = code >= 500;
    let yes_no = |cell: &str, default: bool| match cell {
        "yes" => true,
        "no" => false,
        "" => default,
        other => panic!("registry.csv:{}: `{other}` is not yes or no", row.line),
    };
    let list = |cell: &str| -> Vec<String> {
        cell.split(';')
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .collect()
    };
    Expected {
        content: yes_no(&row.content, code >= 200),
        cacheable: recognized && yes_no(&row.cacheable, false),
        retry: match row.retry.as_str() {
            "never" => Retry::Never,
            "idempotent" => Retry::Idempotent,
            "any" => Retry::AnyMethod,
            "" if server_error => Retry::Idempotent,
            "" => Retry::Never,
            other => panic!("registry.csv:{}: `{other}` is no retry policy", row.line),
        },
        required: list(&row.required),
        suggested: list(&row.suggested),
        understood_as: if recognized { code } else { row.code },
    }
}

fn answers(status: StatusCode) -> Expected {
    Expected {
        content: status.allows_content(),
        cacheable: status.is_cacheable_by_default(),
        retry: status.retry(),
        required: status
            .required_headers()
            .iter()
            .map(|h| (*h).to_owned())
            .collect(),
        suggested: status
            .suggested_headers()
            .iter()
            .map(|h| (*h).to_owned())
            .collect(),
        understood_as: status.understood().code(),
    }
}

/// Features only add: what a number means for HTTP is its preferred row's
/// in every build, so a crate's answers do not change when another crate
/// turns a vendor on. CI runs this under each feature set.
#[test]
fn every_number_answers_as_its_preferred_row_whatever_the_features() {
    let rows = registry_rows();
    for code in 100..=999 {
        let status = StatusCode::from_u16(code).unwrap();
        assert_eq!(answers(status), expected(&rows, code), "{code}");
    }
}

#[test]
fn several_vendor_meanings_have_one_preferred_row() {
    let rows = registry_rows();
    for row in &rows {
        let vendor_rows = rows
            .iter()
            .filter(|r| r.code == row.code && !r.vendor.is_empty())
            .count();
        let has_standard = rows
            .iter()
            .any(|r| r.code == row.code && r.vendor.is_empty());
        if vendor_rows > 1 && !has_standard {
            let marked = rows
                .iter()
                .filter(|r| r.code == row.code && r.preferred)
                .count();
            assert_eq!(marked, 1, "code {}", row.code);
        }
    }
}

fn vendor_name(row: &Row) -> &str {
    if row.vendor.is_empty() {
        "standard"
    } else {
        &row.vendor
    }
}

#[test]
fn every_enabled_row_round_trips() {
    for row in registry_rows().iter().filter(|row| enabled(&row.vendor)) {
        let at = format!("registry.csv:{} ({} {})", row.line, row.code, row.reason);
        let status = find(row).unwrap_or_else(|| panic!("{at}: no variant"));
        assert!(status.is_registered(), "{at}");
        assert_eq!(status.code(), row.code, "{at}");
        assert_eq!(u16::from(status), row.code, "{at}");
        assert_eq!(status.reason(), Some(row.reason.as_str()), "{at}");
        assert_eq!(status.summary().unwrap_or(""), row.summary, "{at}");
        assert_eq!(status.reference().unwrap_or(""), row.reference, "{at}");
        assert_eq!(
            status.to_string(),
            format!("{} {}", row.code, row.reason),
            "{at}"
        );
        assert_eq!(status.status_line(), status.to_string(), "{at}");
        assert_eq!(status.as_str(), row.code.to_string(), "{at}");
        let vendor = status.vendor().unwrap_or_else(|| panic!("{at}"));
        assert_eq!(vendor.name(), vendor_name(row), "{at}");
        assert_eq!(status.is_standard(), row.vendor.is_empty(), "{at}");
        assert!(StatusCode::ALL.contains(&status), "{at}");
        // The vendor's lookup finds the row itself.
        assert_eq!(
            StatusCode::from_vendor(vendor, row.code),
            Some(status),
            "{at}"
        );
    }
}

#[test]
fn disabled_rows_are_absent() {
    for row in registry_rows().iter().filter(|row| !enabled(&row.vendor)) {
        assert!(
            find(row).is_none(),
            "registry.csv:{}: `{} {}` is present without its feature `{}`",
            row.line,
            row.code,
            row.reason,
            row.vendor
        );
    }
}

#[test]
fn all_lists_exactly_the_enabled_rows() {
    let enabled_rows = registry_rows()
        .iter()
        .filter(|r| enabled(&r.vendor))
        .count();
    assert_eq!(StatusCode::ALL.len(), enabled_rows);
}

#[test]
fn meanings_list_the_preferred_row_then_the_others_in_file_order() {
    let rows = registry_rows();
    for code in 100..=999 {
        let preferred = preferred_row(&rows, code).map(|r| r.line);
        let mut expected: Vec<&Row> = rows
            .iter()
            .filter(|r| r.code == code && enabled(&r.vendor))
            .collect();
        // Stable: file order, the preferred row first.
        expected.sort_by_key(|r| Some(r.line) != preferred);
        let expected: Vec<&str> = expected.iter().map(|r| r.reason.as_str()).collect();
        let meanings: Vec<&str> = StatusCode::meanings(code)
            .iter()
            .filter_map(|s| s.reason())
            .collect();
        assert_eq!(meanings, expected, "meanings({code})");
    }
}

#[test]
fn vendor_list_matches_the_enabled_features() {
    let mut expected = vec!["standard".to_owned()];
    for row in registry_rows() {
        if !row.vendor.is_empty() && enabled(&row.vendor) && !expected.contains(&row.vendor) {
            expected.push(row.vendor);
        }
    }
    let names: Vec<String> = Vendor::ALL.iter().map(|v| v.name().to_owned()).collect();
    assert_eq!(names, expected);
}
