//! HTTP semantics as registry data, checked against the lists of the RFCs
//! written out here, not read back from registry.csv.

use status_core::{Retry, Status, StatusCode};

/// RFC 9110: a 1xx response ends with its header section (15.2); 204
/// (15.3.5), 205 (15.3.6) and 304 (15.4.5) carry no content.
const NO_CONTENT: &[u16] = &[100, 101, 102, 103, 104, 204, 205, 304];

/// RFC 9110, Section 15.1: the statuses heuristically cacheable by
/// default; and 451 (RFC 7725, Section 3).
const CACHEABLE: &[u16] = &[
    200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501, 451,
];

/// After these a request may be repeated whatever its method, since the
/// server did not act on it.
const ANY_METHOD: &[u16] = &[
    408, // RFC 9110, 15.5.9: the client MAY repeat the request
    421, // RFC 9110, 15.5.20: "whether or not the request method is idempotent"
    425, // RFC 8470, 5.2: the client MAY retry it after the handshake
    429, // RFC 6585, 4: refused for the rate, with a Retry-After
    503, // RFC 9110, 15.6.4: the server is unable to handle the request
];

/// After these the condition may pass, but nothing says whether the origin
/// acted: only an idempotent request may be repeated (RFC 9110, 9.2.2).
const IDEMPOTENT: &[u16] = &[
    500, // 15.6.1
    502, // 15.6.3
    504, // 15.6.5
];

/// RFC 9110: what a response MUST carry.
const REQUIRED: &[(u16, &str)] = &[
    (101, "upgrade"),            // 15.2.2
    (401, "www-authenticate"),   // 15.5.2
    (405, "allow"),              // 15.5.6
    (407, "proxy-authenticate"), // 15.5.8
    (426, "upgrade"),            // 15.5.22
];

/// RFC 9110 and RFC 6585: what a response SHOULD or MAY carry.
const SUGGESTED: &[(u16, &str)] = &[
    (201, "location"),      // 15.3.2
    (206, "content-range"), // 15.3.7, when one range is sent
    (300, "location"),      // 15.4.1
    (301, "location"),      // 15.4.2
    (302, "location"),      // 15.4.3
    (303, "location"),      // 15.4.4
    (307, "location"),      // 15.4.8
    (308, "location"),      // 15.4.9
    (413, "retry-after"),   // 15.5.14
    (416, "content-range"), // 15.5.17
    (429, "retry-after"),   // RFC 6585, Section 4
    (503, "retry-after"),   // 15.6.4
];

fn standard() -> impl Iterator<Item = StatusCode> {
    StatusCode::ALL.iter().copied().filter(|s| s.is_standard())
}

#[test]
fn content_follows_rfc_9110() {
    for status in standard() {
        let expected = !NO_CONTENT.contains(&status.code());
        assert_eq!(status.allows_content(), expected, "{status}");
    }
}

#[test]
fn cacheable_by_default_follows_rfc_9110() {
    for status in standard() {
        let expected = CACHEABLE.contains(&status.code());
        assert_eq!(status.is_cacheable_by_default(), expected, "{status}");
    }
    // Vendor codes are never heuristically cacheable.
    for status in StatusCode::ALL.iter().filter(|s| !s.is_standard()) {
        assert!(!status.is_cacheable_by_default(), "{status}");
    }
}

#[test]
fn retry_policies_follow_the_rfcs() {
    for status in standard() {
        let code = status.code();
        let expected = if ANY_METHOD.contains(&code) {
            Retry::AnyMethod
        } else if IDEMPOTENT.contains(&code) {
            Retry::Idempotent
        } else {
            // Not failures (1xx to 3xx), or failures the same request meets
            // again (400, 401, 403, 404, 409, 413 without Retry-After, 422,
            // 501, 505, ...).
            Retry::Never
        };
        assert_eq!(status.retry(), expected, "{status}");
        assert_eq!(status.is_transient(), expected != Retry::Never, "{status}");
        assert_eq!(Status::retry(status), expected);
    }
}

/// Vendor codes, from what each vendor says of them.
#[test]
fn vendor_retry_policies_follow_their_vendors() {
    let expected: &[(u16, &str, Retry)] = &[
        // Cloudflare: 521 to 523 never reached the origin; 520, 524 and
        // 527 did, or may have; TLS and DNS setup errors do not pass.
        (520, "cloudflare", Retry::Idempotent),
        (521, "cloudflare", Retry::AnyMethod),
        (522, "cloudflare", Retry::AnyMethod),
        (523, "cloudflare", Retry::AnyMethod),
        (524, "cloudflare", Retry::Idempotent),
        (525, "cloudflare", Retry::Never),
        (526, "cloudflare", Retry::Never),
        (527, "cloudflare", Retry::Idempotent),
        (530, "cloudflare", Retry::Never),
        // Rate limits and overload, refused before any work.
        (420, "twitter", Retry::AnyMethod),
        (529, "qualys", Retry::AnyMethod),
        (540, "shopify", Retry::AnyMethod),
        // A read timeout behind a proxy: the origin may have acted.
        (598, "unofficial", Retry::Idempotent),
        (499, "nginx", Retry::Never),
        (444, "nginx", Retry::Never),
    ];
    for &(code, vendor, retry) in expected {
        for status in StatusCode::meanings(code) {
            if status.vendor().and_then(|v| v.feature()) == Some(vendor) {
                assert_eq!(status.retry(), retry, "{status} ({vendor})");
            }
        }
    }
    // Each of these rows is its number's preferred one, so the number
    // answers so in every build, with the vendor's feature or without.
    for &(code, vendor, retry) in expected {
        assert_eq!(
            StatusCode::from_u16(code).unwrap().retry(),
            retry,
            "{code} ({vendor})"
        );
    }
}

#[test]
fn header_fields_follow_the_rfcs() {
    for status in standard() {
        let required: Vec<&str> = REQUIRED
            .iter()
            .filter(|(code, _)| *code == status.code())
            .map(|(_, name)| *name)
            .collect();
        assert_eq!(status.required_headers(), required.as_slice(), "{status}");
        let suggested: Vec<&str> = SUGGESTED
            .iter()
            .filter(|(code, _)| *code == status.code())
            .map(|(_, name)| *name)
            .collect();
        assert_eq!(status.suggested_headers(), suggested.as_slice(), "{status}");
    }
}

/// RFC 9110, Section 15: an unrecognized status is treated as the x00 of
/// its class (600 to 999 as 5xx), and never cached; its header lists are
/// those of the x00 too. (A vendor's number is recognized with its
/// feature off too: tests/registry_rows.rs.)
#[test]
fn unregistered_numbers_take_their_class_default() {
    for code in 100..=999 {
        let status = StatusCode::from_u16(code).unwrap();
        if status.understood() == status {
            continue;
        }
        let x00 = StatusCode::from_u16(code.min(599) / 100 * 100).unwrap();
        assert_eq!(status.allows_content(), x00.allows_content(), "{code}");
        assert_eq!(status.retry(), x00.retry(), "{code}");
        assert!(!status.is_cacheable_by_default(), "{code}");
        assert_eq!(status.required_headers(), x00.required_headers(), "{code}");
        assert_eq!(
            status.suggested_headers(),
            x00.suggested_headers(),
            "{code}"
        );
    }
}

#[cfg(feature = "cloudflare")]
#[test]
fn cloudflare_origin_failures_are_transient_but_tls_errors_are_not() {
    assert!(StatusCode::WebServerIsDown.is_transient());
    assert!(StatusCode::ATimeoutOccurred.is_transient());
    assert!(!StatusCode::SslHandshakeFailed.is_transient());
    assert!(!StatusCode::InvalidSslCertificate.is_transient());
}

#[cfg(feature = "nginx")]
#[test]
fn nginx_444_sends_nothing() {
    assert!(!StatusCode::NoResponse.allows_content());
}

/// The trait serves the same answers, for code generic over registries.
#[test]
fn the_trait_agrees() {
    fn retry<S: Status>(status: S) -> bool {
        status.is_transient()
    }
    assert!(retry(StatusCode::ServiceUnavailable));
    assert!(!retry(StatusCode::NotFound));
    assert_eq!(
        Status::required_headers(StatusCode::Unauthorized),
        ["www-authenticate"]
    );
}
