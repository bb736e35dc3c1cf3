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

    #[test]
    fn round_trips_every_preferred_status() {
        for &status in StatusCode::ALL {
            let json = serde_json::to_string(&status).unwrap();
            let back: StatusCode = serde_json::from_str(&json).unwrap();
            assert_eq!(Some(back), StatusCode::from_u16(status.code()), "{status}");
        }
    }

    #[test]
    fn rejects_unknown_codes_naming_them() {
        for (json, shown) in [
            ("299", "299"),
            ("-1", "-1"),
            ("70000", "70000"),
            ("\"4o4\"", "4o4"),
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
    fn converts_into_http_for_every_status() {
        for &status in StatusCode::ALL {
            let converted = http::StatusCode::from(status);
            assert_eq!(converted.as_u16(), status.code());
            assert_eq!(converted, status);
            assert_eq!(status, converted);
        }
    }

    #[test]
    fn converts_back_keeping_unknown_numbers() {
        assert_eq!(
            StatusCode::try_from(http::StatusCode::NOT_FOUND),
            Ok(StatusCode::NotFound)
        );
        let odd = http::StatusCode::from_u16(799).unwrap();
        assert_eq!(StatusCode::try_from(odd).unwrap_err().code(), 799);
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
                assert_eq!(status.reason(), theirs, "{status}");
            }
        }
    }
}
