//! Statuses as people write them: names in any common spelling, OpenAPI's
//! class keys, and the status a recipient acts on for a number it does not
//! know (RFC 9110, Section 15).

mod common;

use proptest::prelude::*;
use status_core::{Status, StatusClass, StatusCode};

#[test]
fn finds_a_status_by_any_spelling_of_its_name() {
    for name in [
        "Not Found",
        "not found",
        "NOT FOUND",
        "NOT_FOUND",
        "not_found",
        "not-found",
        "NotFound",
        "notFound",
        "  Not Found\t",
    ] {
        assert_eq!(
            StatusCode::from_name(name),
            Some(StatusCode::NotFound),
            "{name:?}"
        );
    }
    for name in ["I'm a teapot", "IM_A_TEAPOT", "im-a-teapot", "ImATeapot"] {
        assert_eq!(
            StatusCode::from_name(name),
            Some(StatusCode::ImATeapot),
            "{name:?}"
        );
    }
    assert_eq!(StatusCode::from_name("OK"), Some(StatusCode::Ok));
    assert_eq!(
        StatusCode::from_name("HTTP Version Not Supported"),
        Some(StatusCode::HttpVersionNotSupported)
    );
}

#[test]
fn former_names_give_the_current_status() {
    for (name, status) in [
        ("Payload Too Large", StatusCode::ContentTooLarge),
        ("PAYLOAD_TOO_LARGE", StatusCode::ContentTooLarge),
        ("RequestEntityTooLarge", StatusCode::ContentTooLarge),
        ("UNPROCESSABLE_ENTITY", StatusCode::UnprocessableContent),
        ("Unprocessable Entity", StatusCode::UnprocessableContent),
        ("moved temporarily", StatusCode::Found),
    ] {
        assert_eq!(StatusCode::from_name(name), Some(status), "{name:?}");
    }
}

#[test]
fn anything_but_one_name_is_none() {
    for text in [
        "",
        "   ",
        "404",
        " 404 ",
        "4 0 4",
        "Not Found Found",
        "NotFound!",
        "Not Found, OK",
        "Not",
        "Foun",
        "_",
        "NOT__FOUND_X",
    ] {
        assert_eq!(StatusCode::from_name(text), None, "{text:?}");
    }
}

#[test]
fn vendor_names_come_with_their_feature_and_never_displace_the_standard() {
    let closed = StatusCode::from_name("Client Closed Request");
    if common::feature_enabled("nginx") {
        #[cfg(feature = "nginx")]
        assert_eq!(closed, Some(StatusCode::ClientClosedRequest));
    } else {
        assert_eq!(closed, None);
    }
    // AWS's 561 is also "Unauthorized": the name means 401 in every build,
    // and 561 is reached by its variant name.
    assert_eq!(
        StatusCode::from_name("Unauthorized"),
        Some(StatusCode::Unauthorized)
    );
    let identity = StatusCode::from_name("IDENTITY_PROVIDER_UNAUTHORIZED");
    assert_eq!(
        identity.map(|s| s.code()),
        common::feature_enabled("aws-elb").then_some(561)
    );
}

/// `NotFound` → `NOT_FOUND`, as the `http` crate names its constants.
fn screaming_snake(variant: &str) -> String {
    let mut out = String::new();
    for (at, c) in variant.char_indices() {
        if c.is_ascii_uppercase() && at > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

#[test]
fn every_status_is_found_by_its_names() {
    for &status in StatusCode::ALL {
        let variant = format!("{status:?}");
        assert_eq!(StatusCode::from_name(&variant), Some(status), "{variant}");
        let snake = screaming_snake(&variant);
        assert_eq!(StatusCode::from_name(&snake), Some(status), "{snake}");
        let reason = status.reason().expect("a registered status has a reason");
        let found = StatusCode::from_name(reason).expect("a reason phrase is a name");
        // A vendor row may share its phrase with a standard row, which wins.
        if found != status {
            assert!(found.is_standard() && !status.is_standard(), "{reason}");
            assert_eq!(found.reason(), Some(reason));
        }
        assert_eq!(<StatusCode as Status>::from_name(&variant), Some(status));
    }
}

proptest! {
    #[test]
    fn names_survive_case_and_separators(
        index in 0..StatusCode::ALL.len(),
        upper in any::<bool>(),
        separator in prop::sample::select(vec![" ", "_", "-", "  "]),
    ) {
        let status = StatusCode::ALL[index];
        let reason = status.reason().unwrap();
        let mut name = reason.replace(' ', separator);
        if upper {
            name = name.to_uppercase();
        } else {
            name = name.to_lowercase();
        }
        let found = StatusCode::from_name(&name).unwrap();
        prop_assert_eq!(found.reason(), Some(reason));
    }

    #[test]
    fn from_name_never_panics(text in ".*") {
        if let Some(status) = StatusCode::from_name(&text) {
            prop_assert!(status.is_registered());
        }
    }
}

#[test]
fn reads_openapi_class_keys() {
    for (key, class) in [
        ("1XX", StatusClass::Informational),
        ("2xx", StatusClass::Success),
        ("3Xx", StatusClass::Redirection),
        ("4xX", StatusClass::ClientError),
        ("5XX", StatusClass::ServerError),
    ] {
        assert_eq!(key.parse(), Ok(class), "{key}");
        assert_eq!(class.range_key().parse(), Ok(class));
        assert_eq!(class.range_key(), key.to_uppercase());
    }
    for text in [
        "6XX", "0XX", "4X", "400", "default", "", " 4XX", "4XXX", "4YY",
    ] {
        let error = text.parse::<StatusClass>().unwrap_err();
        assert_eq!(error.given(), text);
        assert_eq!(error.len(), text.len());
        assert!(error.to_string().contains("1XX, 2XX"), "{error}");
    }
    let long = "x".repeat(40);
    let error = long.parse::<StatusClass>().unwrap_err();
    assert_eq!((error.given().len(), error.len()), (16, 40));
    assert!(error.to_string().contains("of 40 bytes"), "{error}");
}

#[test]
fn unregistered_numbers_are_understood_as_their_class() {
    for code in 100..=999 {
        let status = StatusCode::from_u16(code).unwrap();
        let understood = status.understood();
        if status.is_registered() {
            assert_eq!(understood, status);
            continue;
        }
        // A number whose preferred row's vendor is off is still recognized
        // (tests/registry_rows.rs checks which numbers are).
        if understood == status {
            continue;
        }
        let x00 = if code >= 500 { 500 } else { code / 100 * 100 };
        assert_eq!(understood, StatusCode::from_u16(x00).unwrap(), "{code}");
        assert_eq!(Status::understood(status), understood);
        // Its semantics are those of the status it is understood as, but
        // never cacheable (RFC 9110, Section 15.1).
        assert_eq!(
            status.allows_content(),
            understood.allows_content(),
            "{code}"
        );
        assert_eq!(status.is_transient(), understood.is_transient(), "{code}");
        assert_eq!(status.required_headers(), understood.required_headers());
        assert_eq!(status.suggested_headers(), understood.suggested_headers());
        assert!(!status.is_cacheable_by_default(), "{code}");
    }
    // nginx's 499 is recognized with `nginx` or without.
    let closed = StatusCode::from_u16(499).unwrap();
    assert_eq!(closed.understood(), closed);
    assert_eq!(closed.is_registered(), common::feature_enabled("nginx"));
    assert_eq!(
        StatusCode::from_u16(470).unwrap().understood(),
        StatusCode::BadRequest
    );
    assert_eq!(
        StatusCode::from_u16(299).unwrap().understood(),
        StatusCode::Ok
    );
    assert_eq!(
        StatusCode::from_u16(777).unwrap().understood(),
        StatusCode::InternalServerError
    );
}

const _: () = {
    // Both are usable in constants.
    assert!(matches!(
        StatusCode::from_name("Not Found"),
        Some(StatusCode::NotFound)
    ));
    assert!(matches!(
        StatusCode::NotFound.understood(),
        StatusCode::NotFound
    ));
    assert!(matches!(
        StatusClass::from_range_key("2XX"),
        Ok(StatusClass::Success)
    ));
};
