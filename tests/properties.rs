//! Parsing statuses from arbitrary input never panics, and accepts exactly
//! the three-digit codes that exist in this build.

use proptest::prelude::*;
use status_core::{ParseStatusError, StatusCode};

/// What parsing should give, computed without the parser.
fn expected(text: &str) -> Option<StatusCode> {
    let bytes = text.as_bytes();
    if bytes.len() != 3 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let number: u16 = text.parse().ok()?;
    StatusCode::ALL.iter().copied().find(|s| s.code() == number)
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
        if let Err(ParseStatusError::Unknown(unknown)) = parsed {
            prop_assert_eq!(format!("{:03}", unknown.code()), text);
        }
    }

    #[test]
    fn any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..6)) {
        let via_bytes = StatusCode::from_bytes(&bytes).ok();
        let via_str = std::str::from_utf8(&bytes).ok().and_then(|t| t.parse().ok());
        prop_assert_eq!(via_bytes, via_str);
    }
}
