//! Registries at the edges: only a header, or only vendor rows, whose enum
//! has no variant at all when the vendor's feature is off.

mod header_only {
    /// No status at all.
    #[status_macros::registry("tests/data/header_only.csv")]
    pub enum NoStatus {}
}

mod vendor_only {
    /// One nginx status, absent without the `nginx` feature.
    #[status_macros::registry("tests/data/vendor_only.csv")]
    pub enum OnlyNginx {}
}

use header_only::NoStatus;
use vendor_only::OnlyNginx;

#[test]
fn a_header_alone_gives_an_empty_enum() {
    assert!(NoStatus::ALL.is_empty());
    assert!((0..=u16::MAX).all(|n| NoStatus::from_u16(n).is_none()));
    assert!("404".parse::<NoStatus>().is_err());
}

#[test]
fn vendor_rows_alone_compile_with_the_feature_off() {
    let expected = usize::from(cfg!(feature = "nginx"));
    assert_eq!(OnlyNginx::ALL.len(), expected);
    assert_eq!(OnlyNginx::from_u16(499).is_some(), cfg!(feature = "nginx"));
}
