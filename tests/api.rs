//! The public API of status-core, used as a downstream crate would.

use status_core::{
    InvalidStatusCode, ParseStatusError, ParseStatusErrorKind, StatusClass, StatusCode, Vendor,
};
use std::collections::HashSet;
use std::mem::size_of;

#[test]
fn is_two_bytes_with_a_niche() {
    assert_eq!(size_of::<StatusCode>(), 2);
    assert_eq!(size_of::<Option<StatusCode>>(), 2);
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

#[test]
fn every_number_from_100_to_999_keeps_its_number() {
    for n in 0..=u16::MAX {
        let status = StatusCode::from_u16(n);
        assert_eq!(status.is_some(), (100..=999).contains(&n), "{n}");
        assert_eq!(StatusCode::try_from(n).ok(), status, "{n}");
        match status {
            Some(status) => {
                assert_eq!(status.code(), n);
                assert_eq!(u16::from(status), n);
                assert_eq!(status, n);
                assert_eq!(status.as_str(), format!("{n:03}"));
                assert_eq!(status.as_str().parse(), Ok(status), "{n}");
            }
            None => assert_eq!(StatusCode::try_from(n).unwrap_err().code(), n),
        }
    }
}

#[test]
fn unregistered_numbers_are_values_without_a_reason() {
    let status = StatusCode::from_u16(299).unwrap();
    assert!(!status.is_registered());
    assert_eq!(status.code(), 299);
    assert_eq!(status.reason(), None);
    assert_eq!(status.summary(), None);
    assert_eq!(status.reference(), None);
    assert_eq!(status.vendor(), None);
    assert!(!status.is_standard());
    assert_eq!(status.to_string(), "299");
    assert_eq!(format!("{status:>5}|"), "  299|");
    assert_eq!(format!("{status:?}"), "StatusCode(299)");
    assert_eq!(status.class(), StatusClass::Success);
    assert!(status.is_success());
    assert!(StatusCode::meanings(299).is_empty());
    assert!(!StatusCode::ALL.contains(&status));
    assert_ne!(status, StatusCode::from_u16(298).unwrap());
    assert_eq!(u16::from(status), 299);
}

#[test]
fn numbers_from_600_to_999_are_server_errors() {
    for n in 600..=999 {
        let status = StatusCode::from_u16(n).unwrap();
        assert_eq!(status.class(), StatusClass::ServerError, "{n}");
        assert!(status.is_server_error(), "{n}");
        assert_eq!(status.to_string(), n.to_string());
    }
}

#[cfg(feature = "nginx")]
#[test]
fn nginx_variants() {
    assert_eq!(StatusCode::ClientClosedRequest.code(), 499);
    assert_eq!(StatusCode::NoResponse.vendor(), Some(Vendor::Nginx));
    assert_eq!(Vendor::Nginx.feature(), Some("nginx"));
}

#[cfg(feature = "esri")]
#[test]
fn esri_variants() {
    assert_eq!(StatusCode::TokenRequired.code(), 499);
    assert_eq!(StatusCode::InvalidToken.vendor(), Some(Vendor::Esri));
    assert_eq!(
        StatusCode::from_vendor(Vendor::Esri, 499),
        Some(StatusCode::TokenRequired)
    );
    // Esri does not define 404: it means what the standard says.
    assert_eq!(
        StatusCode::from_vendor(Vendor::Esri, 404),
        Some(StatusCode::NotFound)
    );
}

#[cfg(feature = "cloudflare")]
#[test]
fn cloudflare_variants() {
    assert_eq!(StatusCode::WebServerIsDown.code(), 521);
    assert!(StatusCode::WebServerIsDown.is_server_error());
}

/// 499 prefers nginx's meaning, in every build: Esri's turns on with its
/// feature but never takes the number.
#[test]
fn the_preferred_meaning_of_499_depends_on_no_other_feature() {
    let status = StatusCode::from_u16(499).unwrap();
    #[cfg(feature = "nginx")]
    assert_eq!(status, StatusCode::ClientClosedRequest);
    #[cfg(not(feature = "nginx"))]
    {
        assert!(!status.is_registered());
        assert_eq!(status.to_string(), "499");
    }
    #[cfg(feature = "esri")]
    {
        assert_ne!(status, StatusCode::TokenRequired);
        assert!(StatusCode::meanings(499).contains(&StatusCode::TokenRequired));
    }
}

#[cfg(all(feature = "nginx", feature = "esri"))]
#[test]
fn both_meanings_of_499() {
    assert_eq!(
        StatusCode::meanings(499),
        [StatusCode::ClientClosedRequest, StatusCode::TokenRequired]
    );
    assert_ne!(StatusCode::TokenRequired, StatusCode::ClientClosedRequest);
    assert!(StatusCode::ClientClosedRequest < StatusCode::TokenRequired);
    assert!(StatusCode::TokenRequired < StatusCode::from_u16(500).unwrap());
    assert_eq!(StatusCode::TokenRequired.code(), 499);
    assert_eq!(StatusCode::TokenRequired.to_string(), "499 Token Required");
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
    assert_eq!(
        StatusCode::from_vendor(Vendor::Iis, 451),
        Some(StatusCode::Redirect)
    );
}

#[cfg(feature = "twitter")]
#[test]
fn twitter_s_420_is_preferred() {
    assert_eq!(StatusCode::from_u16(420), Some(StatusCode::EnhanceYourCalm));
}

#[cfg(all(feature = "spring", not(feature = "twitter")))]
#[test]
fn spring_s_420_never_takes_the_number() {
    assert!(!StatusCode::from_u16(420).unwrap().is_registered());
    assert_eq!(StatusCode::meanings(420), [StatusCode::MethodFailure]);
    assert_eq!(
        StatusCode::from_vendor(Vendor::Spring, 420),
        Some(StatusCode::MethodFailure)
    );
}

#[cfg(feature = "unofficial")]
#[test]
fn unofficial_enables_its_whole_group() {
    let vendors: HashSet<&str> = StatusCode::ALL
        .iter()
        .filter_map(|s| s.vendor())
        .map(Vendor::name)
        .collect();
    for vendor in [
        "unofficial",
        "spring",
        "twitter",
        "microsoft",
        "esri",
        "apache",
        "pantheon",
        "laravel",
        "qualys",
        "shopify",
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
    assert_eq!(StatusCode::ImATeapot.reason(), Some("I'm a teapot"));
}

#[test]
fn all_lists_registered_statuses_in_code_order() {
    assert!(StatusCode::ALL.windows(2).all(|w| w[0] < w[1]));
    assert!(StatusCode::ALL
        .windows(2)
        .all(|w| w[0].code() <= w[1].code()));
    assert!(StatusCode::ALL.iter().all(|s| s.is_registered()));
    let unique: HashSet<StatusCode> = StatusCode::ALL.iter().copied().collect();
    assert_eq!(unique.len(), StatusCode::ALL.len());
}

#[test]
fn meanings_list_what_all_lists() {
    for n in 0..=1000 {
        let listed: Vec<StatusCode> = StatusCode::ALL
            .iter()
            .copied()
            .filter(|s| s.code() == n)
            .collect();
        assert_eq!(StatusCode::meanings(n), listed.as_slice(), "{n}");
        // A registered number gives the first of its meanings.
        if let Some(status) = StatusCode::from_u16(n).filter(|s| s.is_registered()) {
            assert_eq!(listed.first(), Some(&status), "{n}");
        }
    }
}

#[test]
fn ordering_follows_the_code() {
    assert!(StatusCode::Continue < StatusCode::Ok);
    assert!(StatusCode::NotFound < StatusCode::InternalServerError);
    // 299 is registered by no row, whatever the features.
    let unregistered = StatusCode::from_u16(299).unwrap();
    assert!(!unregistered.is_registered());
    let mut shuffled = vec![
        StatusCode::BadGateway,
        unregistered,
        StatusCode::Ok,
        StatusCode::NotFound,
    ];
    shuffled.sort();
    assert_eq!(
        shuffled,
        [
            StatusCode::Ok,
            unregistered,
            StatusCode::NotFound,
            StatusCode::BadGateway
        ]
    );
}

#[test]
fn class_and_predicates_agree_with_the_first_digit() {
    for n in 100..=999 {
        let status = StatusCode::from_u16(n).unwrap();
        let digit = (n / 100).min(5);
        assert_eq!(StatusClass::of(n), Some(status.class()));
        assert!(status.class().codes().contains(&n));
        assert_eq!(status.is_informational(), digit == 1, "{status}");
        assert_eq!(status.is_success(), digit == 2, "{status}");
        assert_eq!(status.is_redirection(), digit == 3, "{status}");
        assert_eq!(status.is_client_error(), digit == 4, "{status}");
        assert_eq!(status.is_server_error(), digit == 5, "{status}");
    }
    for &status in StatusCode::ALL {
        assert_eq!(StatusClass::of(status.code()), Some(status.class()));
    }
    assert_eq!(StatusClass::of(99), None);
    assert_eq!(StatusClass::of(1000), None);
    assert_eq!(StatusClass::ClientError.to_string(), "client error");
}

#[test]
fn invalid_numbers_keep_the_number() {
    let error: InvalidStatusCode = StatusCode::try_from(1000).unwrap_err();
    assert_eq!(error.code(), 1000);
    assert!(error.to_string().contains("1000"), "{error}");
    let boxed: Box<dyn std::error::Error> = Box::new(error);
    assert!(boxed.to_string().contains("1000"));
    assert_eq!(StatusCode::try_from(99).unwrap_err().code(), 99);
}

#[test]
fn parses_exactly_three_ascii_digits() {
    assert_eq!("404".parse(), Ok(StatusCode::NotFound));
    assert_eq!("200".parse(), Ok(StatusCode::Ok));
    assert_eq!("600".parse::<StatusCode>().map(StatusCode::code), Ok(600));
    let cases: [(&str, ParseStatusErrorKind); 9] = [
        ("", ParseStatusErrorKind::Length),
        ("40", ParseStatusErrorKind::Length),
        ("4040", ParseStatusErrorKind::Length),
        (" 404", ParseStatusErrorKind::Length),
        ("404\n", ParseStatusErrorKind::Length),
        ("4o4", ParseStatusErrorKind::NotDigit { index: 1 }),
        ("+40", ParseStatusErrorKind::NotDigit { index: 0 }),
        ("٤٠٤", ParseStatusErrorKind::Length),
        (
            "099",
            ParseStatusErrorKind::OutOfRange(StatusCode::try_from(99).unwrap_err()),
        ),
    ];
    for (text, kind) in cases {
        let error = text.parse::<StatusCode>().unwrap_err();
        // The error keeps what was given.
        assert_eq!(
            (error.kind(), error.given(), error.len()),
            (kind, text.as_bytes(), text.len()),
            "{text:?}"
        );
        // The TryFrom conversions read text and bytes the same way.
        assert_eq!(StatusCode::try_from(text), Err(error), "{text:?}");
        assert_eq!(
            StatusCode::try_from(text.as_bytes()),
            Err(error),
            "{text:?}"
        );
    }
    assert_eq!(StatusCode::try_from("404"), Ok(StatusCode::NotFound));
    assert_eq!(
        StatusCode::try_from(&b"503"[..]),
        Ok(StatusCode::ServiceUnavailable)
    );
    let error = "099".parse::<StatusCode>().unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("\"099\" is not a status code"),
        "{error}"
    );
    assert!(
        error.to_string().contains("invalid status code 99"),
        "{error}"
    );
    assert!(std::error::Error::source(&error).is_some());
    let error = "4o4".parse::<StatusCode>().unwrap_err();
    assert!(error.to_string().contains("'o' at index 1"), "{error}");
    // What cannot be seen is escaped: a line ending, a byte of UTF-8.
    let error = "404\n".parse::<StatusCode>().unwrap_err();
    assert!(error.to_string().starts_with("\"404\\n\""), "{error}");
    assert!(error.to_string().contains("not 4 bytes"), "{error}");
    let error = StatusCode::from_bytes("é4".as_bytes()).unwrap_err();
    assert!(error.to_string().starts_with("\"\\xc3\\xa94\""), "{error}");
    assert!(error.to_string().contains("'\\xc3' at index 0"), "{error}");
    // Long input is kept up to KEPT bytes, and its length.
    let long = "1".repeat(40);
    let error = long.parse::<StatusCode>().unwrap_err();
    assert_eq!(error.given(), &long.as_bytes()[..ParseStatusError::KEPT]);
    assert_eq!(error.len(), 40);
    assert!(
        error.to_string().contains("(the first 16 of 40 bytes)"),
        "{error}"
    );
    assert_eq!(
        StatusCode::from_bytes(b"503"),
        Ok(StatusCode::ServiceUnavailable)
    );
}

#[test]
fn usable_in_const_context() {
    const NOT_FOUND: u16 = StatusCode::NotFound.code();
    const REASON: Option<&str> = StatusCode::Gone.reason();
    const FOUND: Option<StatusCode> = StatusCode::from_u16(302);
    const PARSED: Result<StatusCode, ParseStatusError> = StatusCode::from_bytes(b"201");
    const SUCCESS: bool = StatusCode::Accepted.is_success();
    const UNREGISTERED: bool = match StatusCode::from_u16(299) {
        Some(status) => !status.is_registered(),
        None => false,
    };
    const { assert!(SUCCESS && UNREGISTERED) };
    assert_eq!(NOT_FOUND, 404);
    assert_eq!(REASON, Some("Gone"));
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
    assert_eq!(StatusCode::NotFound.vendor(), Some(Vendor::Standard));
    assert!(StatusCode::NotFound.is_standard());
    assert_eq!(Vendor::Standard.feature(), None);
    assert_eq!(Vendor::Standard.to_string(), "standard");
    assert_eq!(Vendor::ALL[0], Vendor::Standard);
    assert_eq!(
        StatusCode::from_vendor(Vendor::Standard, 404),
        Some(StatusCode::NotFound)
    );
    assert_eq!(StatusCode::from_vendor(Vendor::Standard, 1000), None);
}

#[test]
fn references_are_kept_verbatim() {
    assert_eq!(
        StatusCode::NotFound.reference(),
        Some("[RFC9110, Section 15.5.5]")
    );
    assert_eq!(StatusCode::TooEarly.reference(), Some("[RFC8470]"));
}
