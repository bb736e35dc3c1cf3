//! Starts the service on a loopback port and checks the status lines it sends.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::time::Duration;

/// Serves the app on an ephemeral loopback port in a background thread.
fn start() -> SocketAddr {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        runtime.block_on(async { axum::serve(listener, status_server_example::app()).await })
    });
    addr
}

/// Sends one GET with the given extra header lines and returns the whole
/// response as text.
fn get(addr: SocketAddr, path: &str, headers: &str) -> String {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

/// Sends one GET and returns the response's status line.
fn status_line(addr: SocketAddr, path: &str) -> String {
    let response = get(addr, path, "");
    response.lines().next().unwrap_or_default().to_owned()
}

#[test]
fn answers_with_typed_statuses() {
    let addr = start();
    let cases = [
        ("/items/2", "HTTP/1.1 200 OK"),
        ("/items/4", "HTTP/1.1 410 Gone"),
        ("/items/9", "HTTP/1.1 404 Not Found"),
        ("/items/x", "HTTP/1.1 400 Bad Request"),
        ("/teapot", "HTTP/1.1 418 I'm a teapot"),
        ("/status/422", "HTTP/1.1 422 Unprocessable Content"),
        // The registry's phrase, not hyper's older "Payload Too Large".
        ("/status/413", "HTTP/1.1 413 Content Too Large"),
        ("/status/306", "HTTP/1.1 306 Switch Proxy"),
        // A number no row registers keeps its number, without a reason.
        ("/status/299", "HTTP/1.1 299 "),
        ("/status/2x9", "HTTP/1.1 400 Bad Request"),
        ("/status/099", "HTTP/1.1 400 Bad Request"),
        ("/elsewhere", "HTTP/1.1 404 Not Found"),
    ];
    for (path, expected) in cases {
        assert_eq!(status_line(addr, path), expected, "GET {path}");
    }
}

/// The headers of a response, lower-cased, and its body.
fn split(response: String) -> (String, String) {
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    (head.to_ascii_lowercase(), body.to_owned())
}

#[test]
fn follows_what_http_asks_of_each_status() {
    let addr = start();
    // No content where HTTP allows none.
    let (head, body) = split(get(addr, "/status/204", ""));
    assert!(head.starts_with("http/1.1 204 no content"), "{head}");
    assert_eq!(body, "");
    let (head, body) = split(get(addr, "/status/205", ""));
    assert!(head.starts_with("http/1.1 205 reset content"), "{head}");
    assert!(
        !head.contains("content-length: ") || head.contains("content-length: 0"),
        "{head}"
    );
    assert_eq!(body, "");
    // Cacheable by default, or not.
    let (head, _) = split(get(addr, "/status/404", ""));
    assert!(
        head.contains("\r\ncache-control: public, max-age=60"),
        "{head}"
    );
    let (head, _) = split(get(addr, "/status/500", ""));
    assert!(head.contains("\r\ncache-control: no-store"), "{head}");
    let (head, _) = split(get(addr, "/status/299", ""));
    assert!(head.contains("\r\ncache-control: no-store"), "{head}");
    // The header fields a status requires, and Retry-After where it fits.
    let (head, _) = split(get(addr, "/status/401", ""));
    assert!(head.contains("\r\nwww-authenticate: bearer"), "{head}");
    let (head, _) = split(get(addr, "/status/405", ""));
    assert!(head.contains("\r\nallow: get"), "{head}");
    let (head, _) = split(get(addr, "/status/503", ""));
    assert!(head.contains("\r\nretry-after: 30"), "{head}");
    // Every final status carries each header field it requires.
    for code in 200..=999 {
        let status = status_core::StatusCode::from_u16(code).unwrap();
        let (head, _) = split(get(addr, &format!("/status/{code}"), ""));
        for name in status.required_headers() {
            assert!(
                head.contains(&format!("\r\n{name}: ")),
                "{code} lacks {name}: {head}"
            );
        }
    }
    let (head, _) = split(get(addr, "/status/426", ""));
    assert!(head.contains("\r\nupgrade: http/2.0"), "{head}");
    // Informational statuses are not final responses.
    assert_eq!(status_line(addr, "/status/100"), "HTTP/1.1 400 Bad Request");
}

#[test]
fn answers_in_the_language_asked_for() {
    use status_core::{Lang, StatusCode};
    let addr = start();
    // Bengali is in the registry but only in builds with `lang-bn`; without
    // it, a client asking for it gets English like any other.
    // Found without the lookups the server's negotiation relies on.
    let bengali = Lang::ALL
        .iter()
        .copied()
        .find(|lang| lang.tag() == "bn")
        .unwrap_or(Lang::En);
    let cases = [
        ("fr-CH, fr;q=0.9, en;q=0.5", Lang::En),
        ("*", Lang::En),
        ("bn-BD, en;q=0.1", bengali),
    ];
    for (accept, lang) in cases {
        let response = get(
            addr,
            "/status/404",
            &format!("Accept-Language: {accept}\r\n"),
        );
        let lower = response.to_ascii_lowercase();
        assert!(lower.starts_with("http/1.1 404 not found"), "{response}");
        let content_language = format!("\r\ncontent-language: {}\r\n", lang.tag());
        assert!(lower.contains(&content_language), "{response}");
        let summary = StatusCode::NotFound.summary_in(lang).unwrap();
        assert!(response.ends_with(&format!("{summary}\n")), "{response}");
    }
}
