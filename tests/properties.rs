//! Parsing statuses from arbitrary input never panics, and accepts exactly
//! three ASCII digits from 100 to 999; language negotiation never panics
//! and finds only languages that the input names and the caller offers.

use proptest::prelude::*;
use status_core::{Lang, ParseStatusErrorKind, StatusCode};

/// What parsing should give, computed without the parser.
fn expected(text: &str) -> Option<StatusCode> {
    let bytes = text.as_bytes();
    if bytes.len() != 3 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let number: u16 = text.parse().ok()?;
    (100..=999)
        .contains(&number)
        .then(|| StatusCode::from_u16(number))
        .flatten()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]

    #[test]
    fn any_string(text in any::<String>()) {
        prop_assert_eq!(text.parse::<StatusCode>().ok(), expected(&text));
    }

    #[test]
    fn digit_like_strings(text in "[0-9٠-٩+\\- ]{0,5}") {
        let parsed = text.parse::<StatusCode>();
        prop_assert_eq!(parsed.ok(), expected(&text));
        match parsed {
            Ok(status) => prop_assert_eq!(status.as_str(), text),
            Err(error) => {
                prop_assert_eq!(error.given(), text.as_bytes());
                if let ParseStatusErrorKind::OutOfRange(invalid) = error.kind() {
                    prop_assert_eq!(format!("{:03}", invalid.code()), text);
                }
            }
        }
    }

    #[test]
    // Digits mostly, so that the two agree on statuses as well as on
    // errors.
    fn any_bytes(bytes in proptest::collection::vec(
        prop_oneof![3 => b'0'..=b'9', 1 => any::<u8>()],
        0..6,
    )) {
        let via_bytes = StatusCode::from_bytes(&bytes).ok();
        let via_str = std::str::from_utf8(&bytes).ok().and_then(|t| t.parse().ok());
        prop_assert_eq!(via_bytes, via_str);
    }

    /// Lookup only drops subtags from the end, so a language it finds is a
    /// prefix of the tag.
    #[test]
    fn language_tags(tag in "(en|EN|bn|Bn|[a-zA-Z]{1,3}|\\*)(-[a-zA-Z0-9]{1,8}){0,3}|\\PC{0,12}") {
        if let Some(lang) = Lang::lookup(&tag, Lang::ALL) {
            prop_assert!(tag.to_ascii_lowercase().starts_with(lang.tag()), "{tag:?} gave {lang}");
        }
        if let Some(lang) = Lang::from_tag(&tag) {
            prop_assert!(tag.eq_ignore_ascii_case(lang.tag()), "{tag:?} gave {lang}");
        }
    }

    #[test]
    fn accept_language_headers(header in "(( ?(en|bn|fr|bn-BD|en-x-a|\\*|\\PC{0,4})( ?; ?[qQ]=[0-9.]{0,5})?) ?,?){0,5}") {
        if let Some(lang) = Lang::from_accept_language(&header, Lang::ALL) {
            prop_assert!(Lang::ALL.contains(&lang));
            prop_assert!(header.to_ascii_lowercase().contains(lang.tag()), "{header:?} gave {lang}");
        }
        // What is not offered is never chosen.
        prop_assert_eq!(Lang::from_accept_language(&header, &[]), None);
        let english = Lang::from_accept_language(&header, &[Lang::En]);
        prop_assert!(english.is_none() || english == Some(Lang::En));
    }
}
