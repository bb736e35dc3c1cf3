//! The `logstats` example on a log written in nginx's `combined` format.
#![cfg(feature = "nginx")]

#[allow(dead_code)]
#[path = "../examples/logstats.rs"]
mod logstats;

use status_core::StatusCode;

const LOG: &str = r#"203.0.113.7 - - [25/Nov/2026:10:00:01 +0000] "GET / HTTP/1.1" 200 612 "-" "curl/8.5.0"
203.0.113.7 - - [25/Nov/2026:10:00:02 +0000] "GET /missing HTTP/1.1" 404 153 "-" "curl/8.5.0"
198.51.100.4 - alice [25/Nov/2026:10:00:03 +0000] "POST /upload HTTP/1.1" 499 0 "https://example.com/" "Mozilla/5.0"
192.0.2.1 - - [25/Nov/2026:10:00:04 +0000] "\x16\x03\x01\x00\xF1\x01" 444 0 "-" "-"
203.0.113.7 - - [25/Nov/2026:10:00:05 +0000] "GET /a%20\x22quoted\x22 HTTP/1.1" 200 612 "-" "curl/8.5.0"
203.0.113.9 - - [25/Nov/2026:10:00:06 +0000] "GET /odd HTTP/1.1" 299 0 "-" "-"

not a log line
198.51.100.4 - - [25/Nov/2026:10:00:07 +0000] "GET / HTTP/1.1" 499 0 "-" "Mozilla/5.0"
"#;

#[test]
fn counts_statuses_as_nginx_means_them() {
    let tally = logstats::tally(LOG.as_bytes()).unwrap();
    let count = |status: StatusCode| tally.counts.get(&status).copied();
    assert_eq!(count(StatusCode::Ok), Some(2));
    assert_eq!(count(StatusCode::NotFound), Some(1));
    assert_eq!(count(StatusCode::ClientClosedRequest), Some(2));
    assert_eq!(count(StatusCode::NoResponse), Some(1));
    assert_eq!(count(StatusCode::from_u16(299).unwrap()), Some(1));
    assert_eq!(tally.unreadable, [8]);
}

#[test]
fn prints_the_most_frequent_first() {
    let tally = logstats::tally(LOG.as_bytes()).unwrap();
    let mut out = Vec::new();
    logstats::print(&mut out, &tally).unwrap();
    let out = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].contains("count") && lines[0].contains("vendor"));
    assert!(lines[1].contains("200 OK") && lines[1].contains("standard"));
    assert!(lines[2].contains("499 Client Closed Request") && lines[2].contains("nginx"));
    assert!(lines[2].contains("client error"));
    assert!(out.contains("444 No Response"));
    assert!(out.contains("299 ") && out.contains("unregistered"));
    assert_eq!(lines.len(), 6);
}

#[test]
fn reads_the_status_after_the_request() {
    assert_eq!(
        logstats::status_of(r#"a - - [t] "GET / HTTP/1.1" 502 0 "-" "-""#),
        Some(502)
    );
    assert_eq!(logstats::status_of("no quotes at all"), None);
    assert_eq!(logstats::status_of(r#"a "GET /" x"#), None);
}
