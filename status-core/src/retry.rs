//! When a client may send a request again: the registry's retry policy of
//! each status, the `Retry-After` header, and the two combined into one
//! decision.

use crate::access;
use crate::Status;
use core::time::Duration;

/// Whether a request that got a status may be sent again, from the
/// registry's `Retry` column.
///
/// RFC 9110 (Section 9.2.2) lets a client repeat a request automatically
/// only when its method is idempotent, unless it knows that the server did
/// not process the request. So a status whose condition may pass but that
/// says nothing of whether the server acted (500, 502, 504) is
/// [`Retry::Idempotent`], and one that says the request was not acted on
/// (408, 421, 425, 429) is [`Retry::AnyMethod`].
///
/// ```
/// use status_core::{Retry, StatusCode};
///
/// assert_eq!(StatusCode::BadGateway.retry(), Retry::Idempotent);
/// assert!(StatusCode::BadGateway.retry().allows("GET"));
/// assert!(!StatusCode::BadGateway.retry().allows("POST"));
/// assert_eq!(StatusCode::TooManyRequests.retry(), Retry::AnyMethod);
/// assert_eq!(StatusCode::NotFound.retry(), Retry::Never);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum Retry {
    /// The same request would meet the same answer, or the status is not a
    /// failure (`1xx`, `2xx`, `3xx`: a redirect is followed, not retried).
    Never,
    /// The condition may pass, but the server may have acted on the
    /// request: only a request with an idempotent method may be repeated.
    Idempotent,
    /// The server did not act on the request, which may be repeated
    /// whatever its method.
    AnyMethod,
}

impl Retry {
    /// Whether a request with `method` may be repeated. Methods are
    /// case-sensitive (RFC 9110, Section 9.1): `get` is not `GET`.
    #[inline]
    #[must_use]
    pub const fn allows(self, method: &str) -> bool {
        match self {
            Retry::Never => false,
            Retry::Idempotent => is_idempotent(method),
            Retry::AnyMethod => true,
        }
    }

    /// The value as the registry's `Retry` column writes it.
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        match self {
            Retry::Never => "never",
            Retry::Idempotent => "idempotent",
            Retry::AnyMethod => "any",
        }
    }
}

/// Whether RFC 9110 (Section 9.2.2) defines `method` as idempotent: `GET`,
/// `HEAD`, `OPTIONS`, `TRACE`, `PUT` and `DELETE`, in upper case.
#[inline]
#[must_use]
pub const fn is_idempotent(method: &str) -> bool {
    matches!(
        method.as_bytes(),
        b"GET" | b"HEAD" | b"OPTIONS" | b"TRACE" | b"PUT" | b"DELETE"
    )
}

/// What a client does after a response: the registry's policy for the
/// status, the request's method and the server's `Retry-After`, combined.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Decision {
    /// Do not send the request again.
    Stop,
    /// The request may be sent again at once (a client may still wait by
    /// its own backoff).
    Now,
    /// The request may be sent again after this delay, which the server
    /// asked for with `Retry-After`.
    After(Duration),
}

/// Seconds since the Unix epoch, 1970-01-01 00:00:00 UTC: the clock
/// [`decide`] and [`RetryAfter`] read, given by the caller so that they work
/// without `std`. With `std`,
/// `SystemTime::now().duration_since(UNIX_EPOCH)` gives it.
pub type UnixSeconds = u64;

/// Whether, and when, to send a request again after `status`: `Stop` when
/// the registry's policy forbids it for `method`, else `After` the delay a
/// valid `retry_after` header value asks for, else `Now`.
///
/// One more case comes from the registry: a status whose policy is
/// [`Retry::Never`] but whose row suggests a `Retry-After` (413: "if the
/// condition is temporary, the server SHOULD generate a Retry-After", RFC
/// 9110, Section 15.5.14) may be repeated, whatever the method, after the
/// delay the server gives; without one it stays `Stop`.
///
/// A `Retry-After` that does not parse is ignored, as RFC 9110 lets a
/// recipient do with an invalid field; a date in the past means `Now`. The
/// delay is not capped: a date far in the future gives a delay that long,
/// and overflowing seconds saturate. A client compares the delay with the
/// longest it is willing to wait, and gives up beyond it.
///
/// ```
/// use core::time::Duration;
/// use status_core::{decide, Decision, StatusCode};
///
/// let now = 1_700_000_000;
/// let after = |status, method, header: &str| decide(status, method, Some(header.as_bytes()), now);
///
/// assert_eq!(after(StatusCode::ServiceUnavailable, "GET", "120"), Decision::After(Duration::from_secs(120)));
/// assert_eq!(after(StatusCode::BadGateway, "POST", "1"), Decision::Stop);
/// assert_eq!(decide(StatusCode::BadGateway, "GET", None, now), Decision::Now);
/// assert_eq!(after(StatusCode::TooManyRequests, "POST", "soon"), Decision::Now);
/// assert_eq!(decide(StatusCode::NotImplemented, "GET", None, now), Decision::Stop);
/// ```
#[must_use]
#[inline]
pub fn decide<S: Status>(
    status: S,
    method: &str,
    retry_after: Option<&[u8]>,
    now: UnixSeconds,
) -> Decision {
    let (policy, lifted_by_retry_after) = access::retry_rule::<S>(status.discriminant());
    let parsed = || retry_after.and_then(|value| RetryAfter::parse(value, now));
    let retry_after = if policy.allows(method) {
        parsed()
    } else if lifted_by_retry_after && retry_after.is_some() {
        // The server says the condition is temporary, if its value is valid.
        match parsed() {
            Some(retry_after) => Some(retry_after),
            None => return Decision::Stop,
        }
    } else {
        return Decision::Stop;
    };
    match retry_after {
        Some(retry_after) => match retry_after.delay(now) {
            Duration::ZERO => Decision::Now,
            delay => Decision::After(delay),
        },
        None => Decision::Now,
    }
}

/// A `Retry-After` header value (RFC 9110, Section 10.2.3): a number of
/// seconds, or an HTTP-date.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum RetryAfter {
    /// `delay-seconds`: wait this many seconds (saturated at `u64::MAX`).
    Seconds(u64),
    /// An HTTP-date: wait until this time, in seconds since the Unix epoch
    /// (dates before 1970 count as 0).
    At(UnixSeconds),
}

impl RetryAfter {
    /// Parses a header value in either form. HTTP-dates are read in the
    /// three formats a recipient must accept (RFC 9110, Section 5.6.7): the
    /// IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`, and the obsolete RFC 850
    /// `Sunday, 06-Nov-94 08:49:37 GMT` and asctime `Sun Nov  6 08:49:37
    /// 1994`. A two-digit year is the latest year ending in those digits
    /// that is at most 50 years after `now`, as the RFC asks.
    ///
    /// `None` for anything else: a negative number, a number with a sign,
    /// a fraction or a unit, an unknown day or month, an impossible date
    /// (31 April) or time. ASCII whitespace around the value is ignored.
    #[must_use]
    #[inline]
    pub fn parse(value: &[u8], now: UnixSeconds) -> Option<Self> {
        match delay_seconds(value) {
            Ok(seconds) => Some(RetryAfter::Seconds(seconds)),
            Err([]) => None,
            Err(trimmed) => http_date(trimmed, now).map(RetryAfter::At),
        }
    }

    /// How long to wait from `now`: zero for a date that has passed.
    #[inline]
    #[must_use]
    pub const fn delay(self, now: UnixSeconds) -> Duration {
        match self {
            RetryAfter::Seconds(seconds) => Duration::from_secs(seconds),
            RetryAfter::At(at) => Duration::from_secs(at.saturating_sub(now)),
        }
    }
}

const SHORT_DAYS: [&[u8]; 7] = [b"Mon", b"Tue", b"Wed", b"Thu", b"Fri", b"Sat", b"Sun"];
const LONG_DAYS: [&[u8]; 7] = [
    b"Monday",
    b"Tuesday",
    b"Wednesday",
    b"Thursday",
    b"Friday",
    b"Saturday",
    b"Sunday",
];
const MONTHS: [&[u8]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// A calendar date and time of day, as an HTTP-date writes it (always UTC).
struct DateTime {
    year: u64,
    month: u64,
    day: u64,
    hour: u64,
    minute: u64,
    second: u64,
}

/// `value`, ASCII whitespace around it ignored, as `delay-seconds`
/// (saturated at `u64::MAX`): one or more ASCII digits; else the trimmed
/// value. Out of line: a call costs less than this inlined into every
/// caller, and it keeps the HTTP-dates out of the callers' way.
#[inline(never)]
fn delay_seconds(value: &[u8]) -> Result<u64, &[u8]> {
    let value = value.trim_ascii();
    let mut seconds = 0u64;
    for &byte in value {
        let digit = byte.wrapping_sub(b'0');
        if digit > 9 {
            return Err(value);
        }
        seconds = seconds.saturating_mul(10).saturating_add(u64::from(digit));
    }
    if value.is_empty() {
        Err(value)
    } else {
        Ok(seconds)
    }
}

/// An HTTP-date in any of its three formats, as seconds since the epoch.
/// Cold, so that it stays out of line where the seconds, the common case,
/// are read; and `#[inline]`, so that it is compiled only in programs that
/// read a `Retry-After`, not with this crate.
#[cold]
#[inline]
fn http_date(value: &[u8], now: UnixSeconds) -> Option<UnixSeconds> {
    let date = imf_fixdate(value)
        .or_else(|| rfc850_date(value, now))
        .or_else(|| asctime_date(value))?;
    date.unix_seconds()
}

/// `Sun, 06 Nov 1994 08:49:37 GMT`
#[inline]
fn imf_fixdate(value: &[u8]) -> Option<DateTime> {
    let (day_name, rest) = value.split_at_checked(3)?;
    one_of(&SHORT_DAYS, day_name)?;
    let rest = rest.strip_prefix(b", ")?;
    let (day, rest) = digits(rest, 2)?;
    let rest = rest.strip_prefix(b" ")?;
    let (month, rest) = month(rest)?;
    let rest = rest.strip_prefix(b" ")?;
    let (year, rest) = digits(rest, 4)?;
    let rest = rest.strip_prefix(b" ")?;
    let (time, rest) = time_of_day(rest)?;
    (rest == b" GMT").then_some(DateTime {
        year,
        month,
        day,
        ..time
    })
}

/// `Sunday, 06-Nov-94 08:49:37 GMT`
#[inline]
fn rfc850_date(value: &[u8], now: UnixSeconds) -> Option<DateTime> {
    let comma = value.iter().position(|&byte| byte == b',')?;
    one_of(&LONG_DAYS, &value[..comma])?;
    let rest = value[comma..].strip_prefix(b", ")?;
    let (day, rest) = digits(rest, 2)?;
    let rest = rest.strip_prefix(b"-")?;
    let (month, rest) = month(rest)?;
    let rest = rest.strip_prefix(b"-")?;
    let (year, rest) = digits(rest, 2)?;
    let rest = rest.strip_prefix(b" ")?;
    let (time, rest) = time_of_day(rest)?;
    (rest == b" GMT").then_some(DateTime {
        year: full_year(year, now),
        month,
        day,
        ..time
    })
}

/// `Sun Nov  6 08:49:37 1994`
#[inline]
fn asctime_date(value: &[u8]) -> Option<DateTime> {
    let (day_name, rest) = value.split_at_checked(3)?;
    one_of(&SHORT_DAYS, day_name)?;
    let rest = rest.strip_prefix(b" ")?;
    let (month, rest) = month(rest)?;
    let rest = rest.strip_prefix(b" ")?;
    let (day, rest) = match rest.strip_prefix(b" ") {
        Some(rest) => digits(rest, 1)?,
        None => digits(rest, 2)?,
    };
    let rest = rest.strip_prefix(b" ")?;
    let (time, rest) = time_of_day(rest)?;
    let rest = rest.strip_prefix(b" ")?;
    let (year, rest) = digits(rest, 4)?;
    rest.is_empty().then_some(DateTime {
        year,
        month,
        day,
        ..time
    })
}

/// The year `yy` stands for: the latest year ending in those two digits
/// that is at most 50 years after the year of `now`.
#[inline]
fn full_year(yy: u64, now: UnixSeconds) -> u64 {
    let latest = year_of(now) + 50;
    let year = latest / 100 * 100 + yy;
    if year > latest {
        year - 100
    } else {
        year
    }
}

/// The calendar year (UTC) that `now` falls in. Exact, so that a two-digit
/// year near New Year reads the same as the calendar says; the inverse of
/// [`days_since_epoch`], with years starting in March.
#[inline]
fn year_of(now: UnixSeconds) -> u64 {
    let days_since_march_0000 = now / 86_400 + 719_468;
    let era = days_since_march_0000 / 146_097;
    let day_of_era = days_since_march_0000 % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    // January and February end the March-based year.
    let january_or_february = (5 * day_of_year + 2) / 153 >= 10;
    era * 400 + year_of_era + u64::from(january_or_february)
}

/// `hh:mm:ss`, as a date at the epoch with that time.
#[inline]
fn time_of_day(value: &[u8]) -> Option<(DateTime, &[u8])> {
    let (hour, rest) = digits(value, 2)?;
    let rest = rest.strip_prefix(b":")?;
    let (minute, rest) = digits(rest, 2)?;
    let rest = rest.strip_prefix(b":")?;
    let (second, rest) = digits(rest, 2)?;
    // 60 is a leap second.
    (hour < 24 && minute < 60 && second <= 60).then_some((
        DateTime {
            year: 1970,
            month: 1,
            day: 1,
            hour,
            minute,
            second,
        },
        rest,
    ))
}

/// A three-letter month name, as 1 to 12.
#[inline]
fn month(value: &[u8]) -> Option<(u64, &[u8])> {
    let (name, rest) = value.split_at_checked(3)?;
    Some((one_of(&MONTHS, name)? as u64 + 1, rest))
}

#[inline]
fn one_of(names: &[&[u8]], name: &[u8]) -> Option<usize> {
    names.iter().position(|known| *known == name)
}

/// Exactly `count` ASCII digits at the start of `value`, as a number.
#[inline]
fn digits(value: &[u8], count: usize) -> Option<(u64, &[u8])> {
    let (digits, rest) = value.split_at_checked(count)?;
    digits.iter().all(u8::is_ascii_digit).then(|| {
        let number = digits
            .iter()
            .fold(0, |number, &digit| number * 10 + u64::from(digit - b'0'));
        (number, rest)
    })
}

impl DateTime {
    /// Seconds since the epoch; `None` for a day the month does not have,
    /// 0 for a time before the epoch.
    #[inline]
    fn unix_seconds(&self) -> Option<UnixSeconds> {
        let leap = self.year % 4 == 0 && (self.year % 100 != 0 || self.year % 400 == 0);
        let days_in_month = match self.month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if self.day == 0 || self.day > days_in_month {
            return None;
        }
        let time = self.hour * 3_600 + self.minute * 60 + self.second;
        // A day before the epoch ends before it too; a date beyond what the
        // seconds can count, from a two-digit year and a far clock, is as
        // late as they go.
        Some(
            match u64::try_from(days_since_epoch(self.year, self.month, self.day)) {
                Ok(days) => days.saturating_mul(86_400).saturating_add(time),
                Err(_) => 0,
            },
        )
    }
}

/// Days from 1970-01-01 to the given date of the proleptic Gregorian
/// calendar, negative before. Counts in 400-year eras of 146,097 days,
/// with years starting in March so that the leap day ends a year.
#[inline]
fn days_since_epoch(year: u64, month: u64, day: u64) -> i64 {
    // A year has four digits, or comes from two digits and the clock: at
    // most about 6e11 with a clock at `u64::MAX`, far inside an `i64`.
    let year = i64::try_from(year).unwrap_or(i64::MAX / 1_000) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let month = i64::try_from(month).unwrap_or(1);
    let shifted_month = (month + 9) % 12; // March is 0
    let day_of_year = (153 * shifted_month + 2) / 5 + i64::try_from(day).unwrap_or(1) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    // 719,468 days from 0000-03-01 to 1970-01-01.
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    extern crate std;
    use std::string::String;

    /// 2026-12-02 00:00:00 UTC.
    const NOW: UnixSeconds = 1_796_169_600;

    #[test]
    fn reads_delay_seconds() {
        assert_eq!(
            RetryAfter::parse(b"120", NOW),
            Some(RetryAfter::Seconds(120))
        );
        assert_eq!(RetryAfter::parse(b" 0 ", NOW), Some(RetryAfter::Seconds(0)));
        assert_eq!(
            RetryAfter::parse(b"99999999999999999999999", NOW),
            Some(RetryAfter::Seconds(u64::MAX))
        );
        for bad in [&b""[..], b"-1", b"+5", b"1.5", b"10s", b"1 2", b"0x10"] {
            assert_eq!(RetryAfter::parse(bad, NOW), None, "{bad:?}");
        }
    }

    #[test]
    fn reads_the_three_date_formats() {
        // RFC 9110's own example, 784,111,777 seconds after the epoch.
        let at = Some(RetryAfter::At(784_111_777));
        assert_eq!(RetryAfter::parse(b"Sun, 06 Nov 1994 08:49:37 GMT", NOW), at);
        assert_eq!(
            RetryAfter::parse(b"Sunday, 06-Nov-94 08:49:37 GMT", NOW),
            at
        );
        assert_eq!(RetryAfter::parse(b"Sun Nov  6 08:49:37 1994", NOW), at);
        assert_eq!(
            RetryAfter::parse(b"Thu, 01 Jan 1970 00:00:00 GMT", NOW),
            Some(RetryAfter::At(0))
        );
        assert_eq!(
            RetryAfter::parse(b"Wed, 02 Dec 2026 00:00:00 GMT", NOW),
            Some(RetryAfter::At(NOW))
        );
        assert_eq!(
            RetryAfter::parse(b"Tue, 29 Feb 2028 12:00:00 GMT", NOW),
            Some(RetryAfter::At(1_835_438_400))
        );
        assert_eq!(
            RetryAfter::parse(b"Wed, 31 Dec 1969 23:59:59 GMT", NOW),
            Some(RetryAfter::At(0))
        );
    }

    #[test]
    fn two_digit_years_are_at_most_50_years_ahead() {
        let year_of = |text: &[u8]| match RetryAfter::parse(text, NOW) {
            Some(RetryAfter::At(at)) => 1970 + at / 31_556_952,
            other => panic!("{other:?}"),
        };
        assert_eq!(year_of(b"Wednesday, 01-Jul-76 00:00:00 GMT"), 2076);
        assert_eq!(year_of(b"Thursday, 01-Jul-77 00:00:00 GMT"), 1977);
        assert_eq!(year_of(b"Saturday, 01-Jul-00 00:00:00 GMT"), 2000);
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            &b"Sun, 31 Apr 2026 00:00:00 GMT"[..],
            b"Sun, 29 Feb 2026 00:00:00 GMT",
            b"Sun, 00 Jan 2026 00:00:00 GMT",
            b"Sun, 01 Foo 2026 00:00:00 GMT",
            b"Sun, 01 Jan 2026 24:00:00 GMT",
            b"Sun, 01 Jan 2026 00:60:00 GMT",
            b"Sun, 01 Jan 2026 00:00:00 UTC",
            b"Sun, 1 Jan 2026 00:00:00 GMT",
            b"Fun, 01 Jan 2026 00:00:00 GMT",
            b"Sun Nov 6 08:49:37 1994",
            b"Sun, 06 Nov 1994 08:49:37 GMT trailing",
        ] {
            assert_eq!(
                RetryAfter::parse(bad, NOW),
                None,
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn delays_never_go_below_zero() {
        assert_eq!(RetryAfter::At(NOW - 10).delay(NOW), Duration::ZERO);
        assert_eq!(RetryAfter::At(NOW + 10).delay(NOW), Duration::from_secs(10));
        assert_eq!(RetryAfter::Seconds(7).delay(NOW), Duration::from_secs(7));
    }

    #[test]
    fn methods_are_case_sensitive() {
        for method in ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"] {
            assert!(is_idempotent(method), "{method}");
            assert!(Retry::Idempotent.allows(method));
        }
        for method in ["get", "POST", "PATCH", "CONNECT", "", "GETS"] {
            assert!(!is_idempotent(method), "{method}");
            assert!(Retry::AnyMethod.allows(method));
            assert!(!Retry::Never.allows(method));
        }
    }
}
