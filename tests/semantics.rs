//! HTTP semantics as registry data, checked against the lists of the RFCs
//! written out here, not read back from registry.csv.

use status_core::{Status, StatusCode};

/// RFC 9110: a 1xx response ends with its header section (15.2); 204
/// (15.3.5), 205 (15.3.6) and 304 (15.4.5) carry no content.
const NO_CONTENT: &[u16] = &[100, 101, 102, 103, 104, 204, 205, 304];

/// RFC 9110, Section 15.1: the statuses heuristically cacheable by
/// default; and 451 (RFC 7725, Section 3).
const CACHEABLE: &[u16] = &[
    200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501, 451,
];

/// Retried by every client compared in the README (curl `--retry`, the AWS
/// SDKs, reqwest-retry, go-retryablehttp, got): 408, 429, 500, 502, 503,
/// 504; and 425, which RFC 8470 (Section 5.2) lets a client retry.
const TRANSIENT: &[u16] = &[408, 425, 429, 500, 502, 503, 504];

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
fn transient_statuses_are_those_clients_retry() {
    for status in standard() {
        let expected = TRANSIENT.contains(&status.code());
        assert_eq!(status.is_transient(), expected, "{status}");
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
/// those of the x00 too.
#[test]
fn unregistered_numbers_take_their_class_default() {
    for code in 100..=999 {
        let status = StatusCode::from_u16(code).unwrap();
        if status.is_registered() {
            continue;
        }
        let x00 = StatusCode::from_u16(code.min(599) / 100 * 100).unwrap();
        assert_eq!(status.allows_content(), x00.allows_content(), "{code}");
        assert_eq!(status.is_transient(), x00.is_transient(), "{code}");
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
