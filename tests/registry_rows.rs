//! Every row of registry.csv, checked against the generated enum.
//!
//! The CSV itself is the oracle: the test reads it independently of the
//! macro and checks that each row enabled in this build round-trips, and that
//! each disabled row is absent.

mod common;

use status_core::{StatusCode, Vendor};

struct Row {
    line: u64,
    code: u16,
    reason: String,
    vendor: String,
    summary: String,
    reference: String,
}

fn registry_rows() -> Vec<Row> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/registry.csv");
    let mut reader = csv::Reader::from_path(path).expect("registry.csv is readable");
    let headers = reader.headers().expect("registry.csv has a header").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (value, description, vendor, summary, reference) = (
        column("Value"),
        column("Description"),
        column("Vendor"),
        column("Summary"),
        column("Reference"),
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
                summary: record[summary].to_owned(),
                reference: record[reference].to_owned(),
            }
        })
        .collect()
}

/// Whether this test build turned on the feature of `vendor` (`""` is the
/// standard, always on).
fn enabled(vendor: &str) -> bool {
    vendor.is_empty() || common::feature_enabled(vendor)
}

fn find(row: &Row) -> Option<StatusCode> {
    StatusCode::meanings(row.code)
        .iter()
        .copied()
        .find(|status| status.reason() == row.reason)
}

#[test]
fn every_enabled_row_round_trips() {
    for row in registry_rows().iter().filter(|row| enabled(&row.vendor)) {
        let at = format!("registry.csv:{} ({} {})", row.line, row.code, row.reason);
        let status = find(row).unwrap_or_else(|| panic!("{at}: no variant"));
        assert_eq!(status.code(), row.code, "{at}");
        assert_eq!(u16::from(status), row.code, "{at}");
        assert_eq!(status.reason(), row.reason, "{at}");
        assert_eq!(status.summary(), row.summary, "{at}");
        assert_eq!(status.reference(), row.reference, "{at}");
        assert_eq!(
            status.to_string(),
            format!("{} {}", row.code, row.reason),
            "{at}"
        );
        assert_eq!(status.status_line(), status.to_string(), "{at}");
        assert_eq!(status.as_str(), row.code.to_string(), "{at}");
        let vendor = if row.vendor.is_empty() {
            "standard"
        } else {
            &row.vendor
        };
        assert_eq!(status.vendor().name(), vendor, "{at}");
        assert_eq!(status.is_standard(), row.vendor.is_empty(), "{at}");
        assert!(StatusCode::ALL.contains(&status), "{at}");
        // The number maps back to the preferred meaning of the code, which
        // has the same code and is this status when it is the only one.
        let back = StatusCode::from_u16(row.code).unwrap_or_else(|| panic!("{at}"));
        assert_eq!(back.code(), row.code, "{at}");
        assert_eq!(StatusCode::try_from(row.code), Ok(back), "{at}");
        assert_eq!(status.as_str().parse::<StatusCode>(), Ok(back), "{at}");
        if StatusCode::meanings(row.code).len() == 1 {
            assert_eq!(back, status, "{at}");
        }
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
fn preferred_meaning_is_standard_then_first_vendor_in_file() {
    let rows = registry_rows();
    let mut codes: Vec<u16> = rows.iter().map(|r| r.code).collect();
    codes.dedup();
    for code in codes {
        let mut enabled_rows: Vec<&Row> = rows
            .iter()
            .filter(|r| r.code == code && enabled(&r.vendor))
            .collect();
        // Stable: file order among vendors, standard first.
        enabled_rows.sort_by_key(|r| !r.vendor.is_empty());
        let expected: Vec<&str> = enabled_rows.iter().map(|r| r.reason.as_str()).collect();
        let meanings: Vec<&str> = StatusCode::meanings(code)
            .iter()
            .map(|s| s.reason())
            .collect();
        assert_eq!(meanings, expected, "meanings({code})");
        let preferred = StatusCode::from_u16(code).map(StatusCode::reason);
        assert_eq!(preferred, expected.first().copied(), "from_u16({code})");
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
