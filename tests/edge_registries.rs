//! Registries at the edges: only a header, or only vendor rows, whose enum
//! has no registered variant when the vendor's feature is off.

mod header_only {
    /// No status at all.
    #[status_core::registry("tests/data/header_only.csv")]
    pub enum NoStatus {}
}

mod vendor_only {
    /// One nginx status, absent without the `nginx` feature.
    #[status_core::registry("tests/data/vendor_only.csv")]
    pub enum OnlyNginx {}
}

use header_only::NoStatus;
use vendor_only::OnlyNginx;

#[test]
fn a_header_alone_gives_only_unregistered_values() {
    assert!(NoStatus::ALL.is_empty());
    for n in 100..=999 {
        let status = NoStatus::from_u16(n).unwrap();
        assert!(!status.is_registered());
        assert_eq!(status.code(), n);
    }
    assert_eq!("404".parse::<NoStatus>().map(NoStatus::code), Ok(404));
}

#[test]
fn vendor_rows_alone_compile_with_the_feature_off() {
    let expected = usize::from(cfg!(feature = "nginx"));
    assert_eq!(OnlyNginx::ALL.len(), expected);
    let status = OnlyNginx::from_u16(499).unwrap();
    assert_eq!(status.is_registered(), cfg!(feature = "nginx"));
    assert_eq!(status.code(), 499);
}
