//! When a request may be sent again: the policy of each status against the
//! cases of the RFCs, written out here; `Retry-After` in both forms; and
//! the decision that combines them.

use core::time::Duration;
use proptest::prelude::*;
use status_core::{decide, is_idempotent, Decision, Retry, RetryAfter, StatusCode};

/// 2026-12-02 00:00:00 UTC.
const NOW: u64 = 1_796_169_600;

fn decision(status: StatusCode, method: &str, retry_after: Option<&str>) -> Decision {
    decide(status, method, retry_after.map(str::as_bytes), NOW)
}

#[test]
fn only_idempotent_requests_are_repeated_after_a_server_error() {
    // RFC 9110, 9.2.2: a client should not repeat a non-idempotent request
    // automatically, unless it knows the request was not processed.
    for status in [
        StatusCode::InternalServerError,
        StatusCode::BadGateway,
        StatusCode::GatewayTimeout,
    ] {
        assert_eq!(decision(status, "GET", None), Decision::Now, "{status}");
        assert_eq!(decision(status, "PUT", None), Decision::Now, "{status}");
        assert_eq!(decision(status, "POST", None), Decision::Stop, "{status}");
        assert_eq!(decision(status, "PATCH", None), Decision::Stop, "{status}");
    }
}

#[test]
fn requests_the_server_did_not_act_on_are_repeated_whatever_the_method() {
    for status in [
        StatusCode::RequestTimeout,     // RFC 9110, 15.5.9
        StatusCode::MisdirectedRequest, // RFC 9110, 15.5.20
        StatusCode::TooEarly,           // RFC 8470, 5.2
        StatusCode::TooManyRequests,    // RFC 6585, 4
    ] {
        assert_eq!(decision(status, "POST", None), Decision::Now, "{status}");
    }
}

#[test]
fn failures_that_would_repeat_and_non_failures_are_never_retried() {
    for status in [
        StatusCode::Ok,
        StatusCode::MovedPermanently, // followed, not retried
        StatusCode::NotModified,
        StatusCode::BadRequest,
        StatusCode::Unauthorized,
        StatusCode::Forbidden,
        StatusCode::NotFound,
        StatusCode::Conflict,
        StatusCode::UnprocessableContent,
        StatusCode::NotImplemented,
        StatusCode::HttpVersionNotSupported,
    ] {
        assert_eq!(status.retry(), Retry::Never, "{status}");
        assert_eq!(
            decision(status, "GET", Some("1")),
            Decision::Stop,
            "{status}"
        );
    }
}

#[test]
fn retry_after_sets_the_delay() {
    let unavailable = StatusCode::ServiceUnavailable;
    assert_eq!(
        decision(unavailable, "GET", Some("120")),
        Decision::After(Duration::from_secs(120))
    );
    // An HTTP-date, in each of the three formats a recipient must accept.
    for date in [
        "Wed, 02 Dec 2026 00:01:00 GMT",
        "Wednesday, 02-Dec-26 00:01:00 GMT",
        "Wed Dec  2 00:01:00 2026",
    ] {
        assert_eq!(
            decision(StatusCode::TooManyRequests, "POST", Some(date)),
            Decision::After(Duration::from_secs(60)),
            "{date}"
        );
    }
    // A date that has passed, and zero, mean now.
    assert_eq!(
        decision(unavailable, "GET", Some("Tue, 01 Dec 2026 00:00:00 GMT")),
        Decision::Now
    );
    assert_eq!(decision(unavailable, "GET", Some("0")), Decision::Now);
}

#[test]
fn bad_retry_after_values_are_ignored_and_big_ones_kept() {
    let unavailable = StatusCode::ServiceUnavailable;
    for bad in [
        "-5",
        "+5",
        "1.5",
        "soon",
        "",
        "Wed, 31 Nov 2026 00:00:00 GMT",
        "12 seconds",
    ] {
        assert_eq!(
            decision(unavailable, "GET", Some(bad)),
            Decision::Now,
            "{bad:?}"
        );
    }
    // Overflowing seconds saturate; a far-future date is a long delay.
    assert_eq!(
        decision(unavailable, "GET", Some("184467440737095516160")),
        Decision::After(Duration::from_secs(u64::MAX))
    );
    let Decision::After(far) = decision(unavailable, "GET", Some("Fri, 31 Dec 9999 23:59:59 GMT"))
    else {
        panic!("a date in the future is a delay");
    };
    assert!(far > Duration::from_secs(7_900 * 365 * 86_400));
}

#[test]
fn two_digit_years_are_the_latest_at_most_fifty_years_ahead() {
    // RFC 9110, 5.6.7: a year that would be more than 50 years in the
    // future is the most recent past year with the same last two digits.
    let read = |value: &str, now: u64| RetryAfter::parse(value.as_bytes(), now);
    // 2061-01-01: "10" is 2110, 49 years ahead, not 2010.
    assert_eq!(
        read("Wednesday, 01-Jan-10 00:00:00 GMT", 2_871_763_200),
        Some(RetryAfter::At(4_417_977_600))
    );
    // The last second of 2026: "77" is 51 years ahead, so 1977.
    assert_eq!(
        read("Wednesday, 15-Jun-77 12:00:00 GMT", 1_798_761_599),
        Some(RetryAfter::At(235_224_000))
    );
    // Half an hour into 2028: "78" is 50 years ahead, so 2078.
    assert_eq!(
        read("Tuesday, 01-Mar-78 00:00:00 GMT", 1_830_299_400),
        Some(RetryAfter::At(3_413_318_400))
    );
}

#[test]
fn a_clock_at_its_limit_reads_dates_without_overflow() {
    let date = "Sunday, 06-Nov-94 08:49:37 GMT";
    // Two digits against the last second a clock can hold: a date as late
    // as the seconds go, which is no delay against that clock and a very
    // long one against an earlier clock.
    let Some(RetryAfter::At(at)) = RetryAfter::parse(date.as_bytes(), u64::MAX) else {
        panic!("an RFC 850 date reads under any clock");
    };
    assert!(at > u64::MAX / 2);
    let unavailable = StatusCode::ServiceUnavailable;
    assert_eq!(
        decide(unavailable, "GET", Some(date.as_bytes()), u64::MAX),
        Decision::Now
    );
    assert!(matches!(
        decide(unavailable, "GET", Some(date.as_bytes()), 0),
        Decision::After(_)
    ));
}

#[test]
fn a_temporary_413_may_be_repeated_after_its_retry_after() {
    // RFC 9110, 15.5.14: if the condition is temporary, the server SHOULD
    // generate a Retry-After to say when the client MAY try again.
    let large = StatusCode::ContentTooLarge;
    assert_eq!(decision(large, "POST", None), Decision::Stop);
    assert_eq!(
        decision(large, "POST", Some("30")),
        Decision::After(Duration::from_secs(30))
    );
    assert_eq!(decision(large, "POST", Some("later")), Decision::Stop);
}

#[test]
fn methods_are_case_sensitive() {
    for method in ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"] {
        assert!(is_idempotent(method));
        assert!(Retry::Idempotent.allows(method));
    }
    for method in ["get", "Get", "POST", "PATCH", "CONNECT"] {
        assert!(!Retry::Idempotent.allows(method), "{method}");
    }
}

#[test]
fn unregistered_numbers_follow_their_class() {
    let odd_server_error = StatusCode::from_u16(599).unwrap();
    assert_eq!(odd_server_error.retry(), Retry::Idempotent);
    assert_eq!(decide(odd_server_error, "GET", None, NOW), Decision::Now);
    assert_eq!(
        StatusCode::from_u16(777).unwrap().retry(),
        Retry::Idempotent
    );
    assert_eq!(StatusCode::from_u16(470).unwrap().retry(), Retry::Never);
    // A vendor's number keeps its row's policy without the vendor's
    // feature: Cloudflare's origin never saw a request that got 521.
    assert_eq!(StatusCode::from_u16(521).unwrap().retry(), Retry::AnyMethod);
    assert_eq!(
        decide(StatusCode::from_u16(521).unwrap(), "POST", None, NOW),
        Decision::Now
    );
}

proptest! {
    #[test]
    fn any_header_value_gives_a_decision_without_panicking(
        code in 100u16..1000,
        method in "GET|POST|PUT|PATCH|[A-Za-z]{0,8}",
        // Random bytes, and values that read (or nearly do) as seconds and
        // as each date format.
        value in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..40),
            "[ \t]?[0-9]{1,22}[ \t]?".prop_map(String::into_bytes),
            "(Sun|Mon|Sunday|Monday|Xyz), [0-3][0-9][ -](Feb|Nov|Xyz)[ -]([0-9]{2}|[0-9]{4}) [0-2][0-9]:[0-6][0-9]:[0-6][0-9] GMT"
                .prop_map(String::into_bytes),
            "(Sun|Mon) (Feb|Nov) [ 1-3][0-9] [0-2][0-9]:[0-6][0-9]:[0-6][0-9] [0-9]{4}".prop_map(String::into_bytes),
        ],
        now in any::<u64>(),
    ) {
        let status = StatusCode::from_u16(code).unwrap();
        let decision = decide(status, &method, Some(&value), now);
        if status.retry() == Retry::Never && decision != Decision::Stop {
            prop_assert!(status.suggested_headers().contains(&"retry-after"));
        }
        let _ = RetryAfter::parse(&value, now).map(|parsed| parsed.delay(now));
    }

    #[test]
    fn seconds_read_back_as_written(seconds in any::<u64>()) {
        prop_assert_eq!(
            RetryAfter::parse(seconds.to_string().as_bytes(), NOW),
            Some(RetryAfter::Seconds(seconds))
        );
    }

    #[test]
    fn imf_dates_read_back_as_written(at in 0u64..253_402_300_799) {
        let date = Written::at(at);
        let text = format!(
            "{}, {:02} {} {:04} {} GMT",
            &date.weekday[..3], date.day, date.month, date.year, date.time
        );
        prop_assert_eq!(RetryAfter::parse(text.as_bytes(), NOW), Some(RetryAfter::At(at)), "{}", text);
    }

    #[test]
    fn rfc850_dates_read_back_within_their_window(
        at in 0u64..253_402_300_799,
        now in 0u64..253_402_300_799,
    ) {
        let date = Written::at(at);
        let year = date.year;
        let text = format!(
            "{}, {:02}-{}-{:02} {} GMT",
            date.weekday, date.day, date.month, year % 100, date.time
        );
        let this_year = civil(now / 86_400).0;
        let read = RetryAfter::parse(text.as_bytes(), now);
        // The hundred years that end 50 years after this one.
        if year + 50 > this_year && year <= this_year + 50 {
            prop_assert_eq!(read, Some(RetryAfter::At(at)), "{}", text);
        } else {
            // Another century's date, or none when that century's year has
            // no 29 February.
            prop_assert_ne!(read, Some(RetryAfter::At(at)), "{}", text);
        }
    }
}

/// The parts an HTTP-date writes for `at`, by the proleptic Gregorian
/// calendar of the RFC.
struct Written {
    /// In full: `Sunday`; the first three letters are the short name.
    weekday: &'static str,
    day: u64,
    month: &'static str,
    year: u64,
    /// `hh:mm:ss`.
    time: String,
}

impl Written {
    fn at(at: u64) -> Self {
        const WEEKDAYS: [&str; 7] = [
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "Monday",
            "Tuesday",
            "Wednesday",
        ];
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let days = at / 86_400;
        let (year, month, day) = civil(days);
        Written {
            weekday: WEEKDAYS[(days % 7) as usize],
            day,
            month: MONTHS[month as usize - 1],
            year,
            time: format!(
                "{:02}:{:02}:{:02}",
                at % 86_400 / 3_600,
                at % 3_600 / 60,
                at % 60
            ),
        }
    }
}

/// The date `days` after 1970-01-01, counting whole years and months.
fn civil(mut days: u64) -> (u64, u64, u64) {
    let leap = |year: u64| year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let mut year = 1970;
    loop {
        let length = if leap(year) { 366 } else { 365 };
        if days < length {
            break;
        }
        days -= length;
        year += 1;
    }
    let lengths = [
        31,
        if leap(year) { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let mut month = 1;
    for length in lengths {
        if days < length {
            break;
        }
        days -= length;
        month += 1;
    }
    (year, month, days + 1)
}
