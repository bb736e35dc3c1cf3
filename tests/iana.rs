//! IANA's registry file, unmodified, as the input of the generator: UTF-8
//! BOM, CRLF line endings, quoted references with commas, unassigned ranges,
//! `(Unused)` rows and remarks such as `(OBSOLETED)`.

mod iana {
    /// The statuses of IANA's registry file as published. (The user's own
    /// `#[non_exhaustive]` is accepted alongside the macro's.)
    #[status_core::registry("tests/data/iana-http-status-codes-1.csv")]
    #[non_exhaustive]
    pub enum IanaStatus {}
}

use iana::{IanaStatus, IanaStatusVendor};

const FILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/iana-http-status-codes-1.csv"
);

/// The assigned codes of the file, read independently of the macro.
fn assigned() -> Vec<(u16, String)> {
    let text = std::fs::read_to_string(FILE).unwrap();
    assert!(
        text.starts_with('\u{FEFF}') && text.contains("\r\n"),
        "the file keeps IANA's BOM and CRLF"
    );
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
    reader
        .records()
        .map(Result::unwrap)
        .filter(|r| !r[0].contains('-') && &r[1] != "Unassigned" && &r[1] != "(Unused)")
        .map(|r| (r[0].parse().unwrap(), r[1].to_owned()))
        .collect()
}

#[test]
fn every_assigned_code_is_a_variant() {
    let expected = assigned();
    let codes: Vec<u16> = IanaStatus::ALL.iter().map(|s| s.code()).collect();
    assert_eq!(codes, expected.iter().map(|(c, _)| *c).collect::<Vec<_>>());
    for (code, description) in &expected {
        let status = IanaStatus::from_u16(*code).unwrap();
        assert!(description.starts_with(status.reason().unwrap()), "{code}");
        assert_eq!(status.vendor(), Some(IanaStatusVendor::Standard));
    }
}

#[test]
fn unused_and_unassigned_rows_are_skipped() {
    for code in [105, 199, 209, 306, 418, 419, 420, 509, 599] {
        let status = IanaStatus::from_u16(code).unwrap();
        assert!(!status.is_registered(), "{code}");
        assert_eq!(status.to_string(), code.to_string());
    }
}

#[test]
fn remarks_are_not_part_of_the_reason_phrase() {
    assert_eq!(IanaStatus::NotExtended.reason(), Some("Not Extended"));
    assert_eq!(IanaStatus::NotExtended.to_string(), "510 Not Extended");
    assert_eq!(
        IanaStatus::UploadResumptionSupported.reason(),
        Some("Upload Resumption Supported")
    );
}

#[test]
fn references_and_names_come_through() {
    assert_eq!(
        IanaStatus::NotFound.reference(),
        Some("[RFC9110, Section 15.5.5]")
    );
    assert_eq!(
        IanaStatus::NotExtended.reference(),
        Some("[RFC2774][status-change-http-experiments-to-historic]")
    );
    assert_eq!(IanaStatus::ContentTooLarge.code(), 413);
    assert_eq!(
        IanaStatus::NonAuthoritativeInformation.reason(),
        Some("Non-Authoritative Information")
    );
    // The file has no Summary column.
    assert_eq!(IanaStatus::Ok.summary(), None);
    assert_eq!("422".parse(), Ok(IanaStatus::UnprocessableContent));
}
