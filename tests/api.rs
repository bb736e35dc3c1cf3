//! The public API of status-core, used as a downstream crate would.

use status_core::{ParseStatusError, StatusClass, StatusCode, UnknownStatusCode, Vendor};
use std::collections::HashSet;
use std::mem::size_of;

#[test]
fn is_two_bytes_with_a_niche() {
    assert!(size_of::<StatusCode>() <= 2);
    assert_eq!(size_of::<Option<StatusCode>>(), size_of::<StatusCode>());
}

#[test]
fn pinned_variant_names() {
    assert_eq!(StatusCode::NotFound.code(), 404);
    assert_eq!(StatusCode::ImATeapot.code(), 418);
    assert_eq!(StatusCode::ContentTooLarge.code(), 413);
    assert_eq!(StatusCode::UnprocessableContent.code(), 422);
    assert_eq!(StatusCode::RangeNotSatisfiable.code(), 416);
    assert_eq!(StatusCode::TooEarly.code(), 425);
    assert_eq!(format!("{:?}", StatusCode::NotFound), "NotFound");
    assert_eq!(
        format!("{:?}", StatusCode::HttpVersionNotSupported),
        "HttpVersionNotSupported"
    );
}

#[cfg(feature = "nginx")]
#[test]
fn nginx_variants() {
    assert_eq!(StatusCode::ClientClosedRequest.code(), 499);
    assert_eq!(StatusCode::NoResponse.vendor(), Vendor::Nginx);
    assert_eq!(Vendor::Nginx.feature(), Some("nginx"));
}

#[cfg(feature = "esri")]
#[test]
fn esri_variants() {
    assert_eq!(StatusCode::TokenRequired.code(), 499);
    assert_eq!(StatusCode::InvalidToken.vendor(), Vendor::Esri);
}

#[cfg(feature = "cloudflare")]
#[test]
fn cloudflare_variants() {
    assert_eq!(StatusCode::WebServerIsDown.code(), 521);
    assert!(StatusCode::WebServerIsDown.is_server_error());
}

#[cfg(all(feature = "nginx", feature = "esri"))]
#[test]
fn both_meanings_of_499() {
    assert_eq!(
        StatusCode::meanings(499),
        [StatusCode::TokenRequired, StatusCode::ClientClosedRequest]
    );
    assert_eq!(StatusCode::from_u16(499), Some(StatusCode::TokenRequired));
    assert_ne!(StatusCode::TokenRequired, StatusCode::ClientClosedRequest);
    assert!(StatusCode::TokenRequired < StatusCode::ClientClosedRequest);
}

#[cfg(feature = "iis")]
#[test]
fn the_standard_meaning_of_451_wins() {
    assert_eq!(
        StatusCode::from_u16(451),
        Some(StatusCode::UnavailableForLegalReasons)
    );
    assert_eq!(
        StatusCode::meanings(451),
        [StatusCode::UnavailableForLegalReasons, StatusCode::Redirect]
    );
    assert_eq!(StatusCode::Redirect.to_string(), "451 Redirect");
}

#[cfg(all(feature = "spring", feature = "twitter"))]
#[test]
fn unofficial_420_prefers_the_first_row() {
    assert_eq!(StatusCode::from_u16(420), Some(StatusCode::MethodFailure));
    assert_eq!(StatusCode::EnhanceYourCalm.code(), 420);
}

#[cfg(feature = "unofficial")]
#[test]
fn unofficial_enables_its_whole_group() {
    let vendors: HashSet<&str> = StatusCode::ALL.iter().map(|s| s.vendor().name()).collect();
    for vendor in [
        "unofficial",
        "spring",
        "twitter",
        "microsoft",
        "esri",
        "apache",
        "pantheon",
    ] {
        assert!(vendors.contains(vendor), "{vendor}");
    }
    assert_eq!(
        StatusCode::meanings(103),
        [StatusCode::EarlyHints, StatusCode::Checkpoint]
    );
}

#[test]
fn display_debug_and_padding() {
    assert_eq!(StatusCode::NotFound.to_string(), "404 Not Found");
    assert_eq!(format!("{:>15}", StatusCode::Ok), "         200 OK");
    assert_eq!(format!("{:<8}|", StatusCode::Ok), "200 OK  |");
    assert_eq!(StatusCode::ImATeapot.reason(), "I'm a teapot");
}

#[test]
fn all_is_in_code_order_without_duplicates() {
    assert!(StatusCode::ALL.windows(2).all(|w| w[0] < w[1]));
    assert!(StatusCode::ALL
        .windows(2)
        .all(|w| w[0].code() <= w[1].code()));
    let unique: HashSet<StatusCode> = StatusCode::ALL.iter().copied().collect();
    assert_eq!(unique.len(), StatusCode::ALL.len());
}

#[test]
fn ordering_follows_the_code() {
    assert!(StatusCode::Continue < StatusCode::Ok);
    assert!(StatusCode::NotFound < StatusCode::InternalServerError);
    let mut shuffled = vec![StatusCode::BadGateway, StatusCode::Ok, StatusCode::NotFound];
    shuffled.sort();
    assert_eq!(
        shuffled,
        [StatusCode::Ok, StatusCode::NotFound, StatusCode::BadGateway]
    );
}

#[test]
fn class_and_predicates_agree_with_the_first_digit() {
    for &status in StatusCode::ALL {
        let digit = status.code() / 100;
        let class = status.class();
        assert_eq!(StatusClass::of(status.code()), Some(class));
        assert_eq!(status.is_informational(), digit == 1, "{status}");
        assert_eq!(status.is_success(), digit == 2, "{status}");
        assert_eq!(status.is_redirection(), digit == 3, "{status}");
        assert_eq!(status.is_client_error(), digit == 4, "{status}");
        assert_eq!(status.is_server_error(), digit == 5, "{status}");
        let expected = [
            StatusClass::Informational,
            StatusClass::Success,
            StatusClass::Redirection,
            StatusClass::ClientError,
            StatusClass::ServerError,
        ][usize::from(digit - 1)];
        assert_eq!(class, expected, "{status}");
    }
    assert_eq!(StatusClass::of(99), None);
    assert_eq!(StatusClass::of(600), None);
    assert_eq!(StatusClass::ClientError.to_string(), "client error");
}

#[test]
fn every_u16_agrees_with_all() {
    for n in 0..=u16::MAX {
        let found = StatusCode::from_u16(n);
        let meanings = StatusCode::meanings(n);
        assert_eq!(found, meanings.first().copied(), "{n}");
        assert_eq!(StatusCode::try_from(n).ok(), found, "{n}");
        let listed: Vec<StatusCode> = StatusCode::ALL
            .iter()
            .copied()
            .filter(|s| s.code() == n)
            .collect();
        assert_eq!(meanings, listed.as_slice(), "{n}");
        if let Err(error) = StatusCode::try_from(n) {
            assert_eq!(error.code(), n);
        }
    }
}

#[test]
fn unknown_numbers_keep_the_number() {
    let error: UnknownStatusCode = StatusCode::try_from(999).unwrap_err();
    assert_eq!(error.code(), 999);
    assert!(error.to_string().contains("999"), "{error}");
    let boxed: Box<dyn std::error::Error> = Box::new(error);
    assert!(boxed.to_string().contains("999"));
}

#[test]
fn parses_exactly_three_ascii_digits() {
    assert_eq!("404".parse(), Ok(StatusCode::NotFound));
    assert_eq!("200".parse(), Ok(StatusCode::Ok));
    let cases: [(&str, ParseStatusError); 8] = [
        ("", ParseStatusError::Length(0)),
        ("40", ParseStatusError::Length(2)),
        ("4040", ParseStatusError::Length(4)),
        (" 404", ParseStatusError::Length(4)),
        (
            "4o4",
            ParseStatusError::NotDigit {
                index: 1,
                byte: b'o',
            },
        ),
        (
            "+40",
            ParseStatusError::NotDigit {
                index: 0,
                byte: b'+',
            },
        ),
        ("٤٠٤", ParseStatusError::Length(6)),
        (
            "600",
            ParseStatusError::Unknown(StatusCode::try_from(600).unwrap_err()),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(text.parse::<StatusCode>(), Err(expected), "{text:?}");
        // The TryFrom conversions read text and bytes the same way.
        assert_eq!(StatusCode::try_from(text), Err(expected), "{text:?}");
        assert_eq!(
            StatusCode::try_from(text.as_bytes()),
            Err(expected),
            "{text:?}"
        );
    }
    assert_eq!(StatusCode::try_from("404"), Ok(StatusCode::NotFound));
    assert_eq!(
        StatusCode::try_from(&b"503"[..]),
        Ok(StatusCode::ServiceUnavailable)
    );
    let error = "299".parse::<StatusCode>().unwrap_err();
    assert!(error.to_string().contains("299"), "{error}");
    assert!(std::error::Error::source(&error).is_some());
    let error = "4o4".parse::<StatusCode>().unwrap_err();
    assert!(error.to_string().contains("'o' at index 1"), "{error}");
    assert_eq!(
        StatusCode::from_bytes(b"503"),
        Ok(StatusCode::ServiceUnavailable)
    );
}

#[test]
fn usable_in_const_context() {
    const NOT_FOUND: u16 = StatusCode::NotFound.code();
    const REASON: &str = StatusCode::Gone.reason();
    const FOUND: Option<StatusCode> = StatusCode::from_u16(302);
    const PARSED: Result<StatusCode, ParseStatusError> = StatusCode::from_bytes(b"201");
    const SUCCESS: bool = StatusCode::Accepted.is_success();
    const { assert!(SUCCESS) };
    assert_eq!(NOT_FOUND, 404);
    assert_eq!(REASON, "Gone");
    assert_eq!(FOUND, Some(StatusCode::Found));
    assert_eq!(PARSED, Ok(StatusCode::Created));
}

#[test]
fn compares_with_numbers() {
    assert_eq!(StatusCode::NotFound, 404);
    assert_eq!(404, StatusCode::NotFound);
    assert_ne!(StatusCode::NotFound, 405);
}

#[test]
#[allow(deprecated)]
fn deprecated_aliases_point_at_current_names() {
    assert_eq!(StatusCode::PayloadTooLarge, StatusCode::ContentTooLarge);
    assert_eq!(
        StatusCode::RequestEntityTooLarge,
        StatusCode::ContentTooLarge
    );
    assert_eq!(
        StatusCode::UnprocessableEntity,
        StatusCode::UnprocessableContent
    );
    assert_eq!(
        StatusCode::RequestedRangeNotSatisfiable,
        StatusCode::RangeNotSatisfiable
    );
    // Aliases are constants, so they also work as patterns.
    let is_too_large = |status| matches!(status, StatusCode::PayloadTooLarge);
    assert!(is_too_large(StatusCode::ContentTooLarge));
}

#[test]
fn vendor_of_standard_codes() {
    assert_eq!(StatusCode::NotFound.vendor(), Vendor::Standard);
    assert_eq!(Vendor::Standard.feature(), None);
    assert_eq!(Vendor::Standard.to_string(), "standard");
    assert_eq!(Vendor::ALL[0], Vendor::Standard);
}

#[test]
fn references_are_kept_verbatim() {
    assert_eq!(
        StatusCode::NotFound.reference(),
        "[RFC9110, Section 15.5.5]"
    );
    assert_eq!(StatusCode::TooEarly.reference(), "[RFC8470]");
}
