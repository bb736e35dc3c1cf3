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

/// Sends one GET and returns the response's status line.
fn status_line(addr: SocketAddr, path: &str) -> String {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
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
        ("/status/299", "HTTP/1.1 400 Bad Request"),
        ("/elsewhere", "HTTP/1.1 404 Not Found"),
    ];
    for (path, expected) in cases {
        assert_eq!(status_line(addr, path), expected, "GET {path}");
    }
}
