//! A registry with every code from 100 to 599 for the standard and seven
//! vendors: 4,000 rows. The vendors reuse this package's features, so
//! `--all-features` compiles all of them.

mod scale {
    /// 500 codes times eight owners.
    #[status_core::registry("tests/data/scale.csv")]
    pub enum Scale {}
}

use scale::Scale;
use std::mem::size_of;

const VENDORS: [bool; 7] = [
    cfg!(feature = "nginx"),
    cfg!(feature = "cloudflare"),
    cfg!(feature = "iis"),
    cfg!(feature = "spring"),
    cfg!(feature = "twitter"),
    cfg!(feature = "microsoft"),
    cfg!(feature = "esri"),
];

#[test]
fn every_enabled_row_is_a_variant() {
    let enabled = VENDORS.iter().filter(|&&on| on).count();
    assert_eq!(Scale::ALL.len(), 500 * (1 + enabled));
    for code in 100..600 {
        assert_eq!(Scale::meanings(code).len(), 1 + enabled, "{code}");
        assert_eq!(
            Scale::from_u16(code).and_then(Scale::reason),
            Some(format!("Scale {code} standard").as_str())
        );
        for status in Scale::meanings(code) {
            assert_eq!(status.code(), code);
        }
    }
}

#[test]
fn stays_small_with_a_niche() {
    assert_eq!(size_of::<Scale>(), 2);
    assert_eq!(size_of::<Option<Scale>>(), size_of::<Scale>());
}

#[test]
fn order_and_classes_hold_at_scale() {
    assert!(Scale::ALL
        .windows(2)
        .all(|w| w[0] < w[1] && w[0].code() <= w[1].code()));
    for &status in Scale::ALL {
        assert_eq!(
            status.is_client_error(),
            (400..500).contains(&status.code())
        );
    }
}
