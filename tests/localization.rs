//! Localized texts: the `Lang` enum, `reason_in`/`summary_in`, the localized
//! display, and the Bengali content of registry.csv.

mod common;

use status_core::{Lang, StatusCode};

#[test]
fn english_is_always_there() {
    assert_eq!(Lang::ALL[0], Lang::En);
    assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
    assert_eq!(StatusCode::NotFound.reason_in(Lang::En), Some("Not Found"));
    assert_eq!(
        StatusCode::NotFound.translated_reason(Lang::En),
        Some("Not Found")
    );
    assert_eq!(
        StatusCode::NotFound.summary_in(Lang::En),
        StatusCode::NotFound.summary()
    );
    assert_eq!(
        StatusCode::NotFound.localized(Lang::En).to_string(),
        "404 Not Found"
    );
    // Precision and width as for `str`, and as `Display` on the status.
    let localized = StatusCode::NotFound.localized(Lang::En);
    for (formatted, plain) in [
        (
            format!("{localized:.3}"),
            format!("{:.3}", StatusCode::NotFound),
        ),
        (
            format!("{localized:.6}|"),
            format!("{:.6}|", StatusCode::NotFound),
        ),
        (
            format!("{localized:>9.5}|"),
            format!("{:>9.5}|", StatusCode::NotFound),
        ),
        (
            format!("{localized:.40}|"),
            format!("{:.40}|", StatusCode::NotFound),
        ),
    ] {
        assert_eq!(formatted, plain);
    }
    assert_eq!(format!("{localized:>9.5}|"), "    404 N|");
    const FOUND: Option<Lang> = Lang::from_tag("en");
    assert_eq!(FOUND, Some(Lang::En));
    assert_eq!(Lang::from_tag("e"), None);
}

#[test]
fn unregistered_numbers_show_only_their_digits() {
    let status = StatusCode::from_u16(299).unwrap();
    for &lang in Lang::ALL {
        assert_eq!(status.reason_in(lang), None);
        assert_eq!(status.localized(lang).reason(), None);
        assert_eq!(status.localized(lang).code(), 299);
    }
    assert_eq!(status.localized(Lang::En).to_string(), "299");
}

#[test]
fn from_tag_matches_whole_tags_only() {
    assert_eq!(Lang::from_tag("en"), Some(Lang::En));
    for tag in ["", "e", "eng", "en-GB", "-en", "x-en", "*"] {
        assert_eq!(Lang::from_tag(tag), None, "{tag:?}");
    }
}

#[test]
fn lookup_falls_back_to_shorter_tags() {
    for tag in [
        "en",
        "EN",
        "en-GB",
        "en-Latn-US",
        "en-x-custom",
        "en-GB-x-a-b",
    ] {
        assert_eq!(Lang::lookup(tag, Lang::ALL), Some(Lang::En), "{tag:?}");
    }
    for tag in ["", "e", "eng", "-en", "x-en", "fr-en", "*"] {
        assert_eq!(Lang::lookup(tag, Lang::ALL), None, "{tag:?}");
    }
    assert_eq!(Lang::lookup("en", &[]), None);
}

#[test]
fn accept_language_picks_the_heaviest_offered_range() {
    let cases = [
        ("en", Some(Lang::En)),
        ("fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5", Some(Lang::En)),
        ("en-US;q=0.3,de;q=0.7", Some(Lang::En)),
        ("EN-gb ; Q=1.000", Some(Lang::En)),
        ("bn, en;q=0.1", Some(Lang::En)),
        ("en;q=0", None),
        ("en;q=0.000", None),
        ("en;q=1.5", None),
        ("en;q=0.1234", None),
        ("en;q=x", None),
        ("*", None),
        ("", None),
        (",,;;", None),
        ("fr, de", None),
    ];
    for (header, expected) in cases {
        assert_eq!(
            Lang::from_accept_language(header, &[Lang::En]),
            expected,
            "{header:?}"
        );
    }
}

#[cfg(not(feature = "lang-bn"))]
#[test]
fn bengali_is_absent_without_its_feature() {
    assert_eq!(Lang::from_tag("bn"), None);
    assert_eq!(
        Lang::from_accept_language("bn, en;q=0.1", Lang::ALL),
        Some(Lang::En)
    );
    assert_eq!(Lang::ALL, [Lang::En]);
}

#[cfg(feature = "lang-bn")]
mod bengali {
    use super::*;
    use unicode_normalization::is_nfc;

    /// The registry's Bengali cells, read independently of the macro:
    /// (line, code, vendor, reason, summary).
    fn rows() -> Vec<(u64, u16, String, String, String)> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/registry.csv");
        let mut reader = csv::Reader::from_path(path).unwrap();
        let headers = reader.headers().unwrap().clone();
        let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
        let (value, vendor, reason, summary) = (
            column("Value"),
            column("Vendor"),
            column("Description@bn"),
            column("Summary@bn"),
        );
        reader
            .records()
            .map(|r| {
                let r = r.unwrap();
                let line = r.position().unwrap().line();
                (
                    line,
                    r[value].parse().unwrap(),
                    r[vendor].to_owned(),
                    r[reason].to_owned(),
                    r[summary].to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn every_row_has_both_bengali_texts() {
        let missing: Vec<String> = rows()
            .into_iter()
            .filter(|(_, _, _, reason, summary)| {
                reason.trim().is_empty() || summary.trim().is_empty()
            })
            .map(|(line, code, vendor, ..)| format!("registry.csv:{line} ({code} {vendor})"))
            .collect();
        assert!(
            missing.is_empty(),
            "rows without a Bengali text: {missing:?}"
        );
        // And through the API, for every status of this build.
        let untranslated: Vec<String> = StatusCode::ALL
            .iter()
            .filter(|s| {
                s.translated_reason(Lang::Bn).is_none() || s.translated_summary(Lang::Bn).is_none()
            })
            .map(|s| s.to_string())
            .collect();
        assert!(
            untranslated.is_empty(),
            "statuses without a Bengali text: {untranslated:?}"
        );
    }

    #[test]
    fn bengali_texts_are_nfc_bengali_without_mojibake() {
        for (line, _, _, reason, summary) in rows() {
            for text in [&reason, &summary] {
                assert!(is_nfc(text), "registry.csv:{line}: not in NFC: {text}");
                assert!(
                    !text.contains('\u{FFFD}'),
                    "registry.csv:{line}: replacement character"
                );
                // UTF-8 decoded as Latin-1 shows up as Latin-1 letters.
                assert!(
                    !text.chars().any(|c| ('\u{80}'..='\u{FF}').contains(&c)),
                    "registry.csv:{line}: mojibake: {text}"
                );
                assert!(
                    text.chars().any(|c| ('\u{0980}'..='\u{09FF}').contains(&c)),
                    "registry.csv:{line}: no Bengali letters: {text}"
                );
            }
        }
    }

    #[test]
    fn the_api_returns_the_registry_texts() {
        for (line, code, vendor, reason, summary) in rows() {
            let status = StatusCode::meanings(code)
                .iter()
                .copied()
                .find(|s| s.vendor().and_then(|v| v.feature()).unwrap_or("") == vendor);
            // Only the rows of vendors this build leaves out are absent.
            let Some(status) = status else {
                assert!(
                    !vendor.is_empty() && !super::common::feature_enabled(&vendor),
                    "registry.csv:{line}: the row is missing"
                );
                continue;
            };
            assert_eq!(
                status.reason_in(Lang::Bn),
                Some(reason.as_str()),
                "registry.csv:{line}"
            );
            assert_eq!(
                status.summary_in(Lang::Bn),
                Some(summary.as_str()),
                "registry.csv:{line}"
            );
        }
    }

    #[test]
    fn bengali_is_negotiated_when_offered() {
        assert_eq!(Lang::from_tag("BN"), Some(Lang::Bn));
        assert_eq!(Lang::lookup("bn-BD", Lang::ALL), Some(Lang::Bn));
        assert_eq!(Lang::lookup("BN-in", Lang::ALL), Some(Lang::Bn));
        let offered = [Lang::En, Lang::Bn];
        let cases = [
            ("bn-BD, en;q=0.5", Lang::Bn),
            ("en;q=0.5, bn;q=0.9", Lang::Bn),
            ("en, bn", Lang::En),
            ("bn;q=0.8, en;q=0.8", Lang::Bn),
            ("bn;q=0, en;q=0.1", Lang::En),
            ("fr;q=1, bn-IN;q=0.25", Lang::Bn),
        ];
        for (header, expected) in cases {
            assert_eq!(
                Lang::from_accept_language(header, &offered),
                Some(expected),
                "{header:?}"
            );
        }
    }

    /// A server that offers only English answers in English, whoever else
    /// in the build turned `lang-bn` on.
    #[test]
    fn bengali_is_not_chosen_unless_offered() {
        assert_eq!(
            Lang::from_accept_language("bn-BD, en;q=0.5", &[Lang::En]),
            Some(Lang::En)
        );
        assert_eq!(Lang::from_accept_language("bn", &[Lang::En]), None);
    }

    #[test]
    fn localized_display_uses_bengali_digits() {
        assert_eq!(Lang::from_tag("bn"), Some(Lang::Bn));
        assert_eq!(Lang::Bn.tag(), "bn");
        assert_eq!(
            StatusCode::NotFound.localized(Lang::Bn).to_string(),
            "৪০৪ পাওয়া যায়নি"
        );
        assert_eq!(
            StatusCode::Ok.localized(Lang::Bn).to_string(),
            "২০০ ঠিক আছে"
        );
        assert_eq!(
            StatusCode::InternalServerError
                .localized(Lang::Bn)
                .to_string(),
            "৫০০ সার্ভারের অভ্যন্তরীণ ত্রুটি"
        );
        // Padding counts characters, as for `str`.
        let localized = StatusCode::Ok.localized(Lang::Bn);
        // "২০০ ঠিক আছে" is 11 characters (vowel signs count, as in `str`).
        assert_eq!(format!("{localized:<14}|"), "২০০ ঠিক আছে   |");
        assert_eq!(format!("{localized:>14}|"), "   ২০০ ঠিক আছে|");
        assert_eq!(format!("{localized:*^14}|"), "*২০০ ঠিক আছে**|");
        // The wire format stays English and ASCII.
        assert_eq!(StatusCode::NotFound.to_string(), "404 Not Found");
        assert!("৪০৪".parse::<StatusCode>().is_err());
    }
}
