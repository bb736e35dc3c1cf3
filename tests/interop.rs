//! The `serde` and `http` features, from the outside.

#[cfg(feature = "serde")]
mod serde {
    use status_core::StatusCode;

    #[test]
    fn serializes_as_the_number() {
        assert_eq!(serde_json::to_string(&StatusCode::NotFound).unwrap(), "404");
        let list = serde_json::to_string(&[StatusCode::Ok, StatusCode::Gone]).unwrap();
        assert_eq!(list, "[200,410]");
    }

    #[test]
    fn deserializes_from_numbers_and_numeric_strings() {
        let from_number: StatusCode = serde_json::from_str("404").unwrap();
        let from_string: StatusCode = serde_json::from_str("\"503\"").unwrap();
        assert_eq!(from_number, StatusCode::NotFound);
        assert_eq!(from_string, StatusCode::ServiceUnavailable);
    }

    /// Every number round-trips; a further meaning of a number comes back
    /// as the number's preferred meaning, which has the same number.
    #[test]
    fn round_trips_every_number() {
        for code in 100..=999 {
            let status = StatusCode::from_u16(code).unwrap();
            let json = serde_json::to_string(&status).unwrap();
            assert_eq!(json, code.to_string());
            let back: StatusCode = serde_json::from_str(&json).unwrap();
            assert_eq!(back, status, "{code}");
            let text: StatusCode = serde_json::from_str(&format!("\"{code}\"")).unwrap();
            assert_eq!(text, status, "{code}");
        }
        for &status in StatusCode::ALL {
            let json = serde_json::to_string(&status).unwrap();
            let back: StatusCode = serde_json::from_str(&json).unwrap();
            assert_eq!(Some(back), StatusCode::from_u16(status.code()), "{status}");
        }
    }

    /// A binary format writes the `u16` and reads it back, alone and
    /// inside a larger value, and a number out of range is an error there
    /// too.
    #[test]
    fn round_trips_through_a_binary_format() {
        for code in 100..=999 {
            let status = StatusCode::from_u16(code).unwrap();
            let bytes = postcard::to_allocvec(&status).unwrap();
            assert_eq!(bytes, postcard::to_allocvec(&code).unwrap(), "{code}");
            assert_eq!(postcard::from_bytes::<StatusCode>(&bytes).unwrap(), status);
        }
        let reply = (StatusCode::TooManyRequests, 3u8);
        let bytes = postcard::to_allocvec(&reply).unwrap();
        assert_eq!(
            postcard::from_bytes::<(StatusCode, u8)>(&bytes).unwrap(),
            reply
        );
        let too_big = postcard::to_allocvec(&1000u16).unwrap();
        assert!(postcard::from_bytes::<StatusCode>(&too_big).is_err());
    }

    #[test]
    fn rejects_numbers_outside_100_to_999_naming_them() {
        for (json, shown) in [
            ("99", "99"),
            ("1000", "1000"),
            ("-1", "-1"),
            ("70000", "70000"),
            ("\"4o4\"", "4o4"),
            ("\"099\"", "099"),
        ] {
            let error = serde_json::from_str::<StatusCode>(json).unwrap_err();
            assert!(error.to_string().contains(shown), "{json}: {error}");
        }
        assert!(serde_json::from_str::<StatusCode>("4.5").is_err());
        assert!(serde_json::from_str::<StatusCode>("null").is_err());
    }
}

#[cfg(feature = "http")]
mod http_interop {
    use status_core::StatusCode;

    #[test]
    fn converts_every_number_both_ways() {
        for code in 100..=999 {
            let theirs = http::StatusCode::from_u16(code).unwrap();
            let ours = StatusCode::from(theirs);
            assert_eq!(ours.code(), code);
            assert_eq!(http::StatusCode::from(ours), theirs);
            assert_eq!(ours, theirs);
            assert_eq!(theirs, ours);
        }
        for &status in StatusCode::ALL {
            assert_eq!(http::StatusCode::from(status).as_u16(), status.code());
        }
    }

    #[test]
    fn keeps_numbers_no_row_registers() {
        let odd = http::StatusCode::from_u16(799).unwrap();
        let status = StatusCode::from(odd);
        assert!(!status.is_registered());
        assert_eq!(status.to_string(), "799");
        assert_eq!(
            StatusCode::from(http::StatusCode::NOT_FOUND),
            StatusCode::NotFound
        );
    }

    #[test]
    fn standard_reasons_match_http_where_it_has_one() {
        // A cross-check against an independent table. `http` still uses the
        // pre-RFC 9110 phrases for 413 and 422 (kept here as deprecated
        // aliases) and drops the hyphen of IANA's "Non-Authoritative".
        let renamed = [203, 413, 422];
        for &status in StatusCode::ALL.iter().filter(|s| s.is_standard()) {
            let theirs = http::StatusCode::from(status).canonical_reason();
            if let Some(theirs) = theirs.filter(|_| !renamed.contains(&status.code())) {
                assert_eq!(status.reason(), Some(theirs), "{status}");
            }
        }
    }
}

#[cfg(feature = "http")]
mod status_ext {
    use status_core::{Retry, StatusCode, StatusExt};

    #[test]
    fn answers_for_http_statuses_without_a_conversion() {
        let unavailable = http::StatusCode::SERVICE_UNAVAILABLE;
        assert_eq!(unavailable.typed(), StatusCode::ServiceUnavailable);
        assert_eq!(unavailable.retry(), Retry::AnyMethod);
        assert!(unavailable.is_transient());
        assert_eq!(unavailable.suggested_headers(), ["retry-after"]);
        assert!(unavailable.summary().is_some());
        assert!(!http::StatusCode::NO_CONTENT.allows_content());
        assert!(http::StatusCode::NOT_FOUND.is_cacheable_by_default());
        assert_eq!(
            http::StatusCode::UNAUTHORIZED.required_headers(),
            ["www-authenticate"]
        );
        assert_eq!(http::StatusCode::BAD_GATEWAY.retry(), Retry::Idempotent);
    }

    #[test]
    fn every_number_is_typed_losslessly() {
        for code in 100..=999 {
            let status = http::StatusCode::from_u16(code).unwrap();
            assert_eq!(status.typed().code(), code);
            assert_eq!(status.retry(), StatusCode::from_u16(code).unwrap().retry());
        }
        let odd = http::StatusCode::from_u16(599).unwrap();
        assert_eq!(odd.understood(), StatusCode::InternalServerError);
    }
}
