//! Deciding what to do with a response by matching on its status.
//!
//! ```text
//! cargo run --example responses
//! cargo run --example responses --features nginx,cloudflare
//! ```

use status_core::{StatusClass, StatusCode};

/// What a client should do next after receiving `status`.
fn next_step(status: StatusCode) -> &'static str {
    match status {
        StatusCode::Ok | StatusCode::NoContent => "use the response",
        StatusCode::NotModified => "use the cached copy",
        StatusCode::NotFound | StatusCode::Gone => "drop the link",
        StatusCode::TooManyRequests | StatusCode::ServiceUnavailable => "retry later",
        // Vendor variants exist only with their feature, so their arms are
        // gated the same way.
        #[cfg(feature = "nginx")]
        StatusCode::ClientClosedRequest => "nothing: the client went away",
        #[cfg(feature = "cloudflare")]
        StatusCode::WebServerIsDown | StatusCode::OriginIsUnreachable => "page the origin's owner",
        // The enum is non-exhaustive: enabling a feature anywhere in the
        // dependency graph adds variants, so a catch-all arm is required.
        other => match other.class() {
            StatusClass::Redirection => "follow the Location header",
            StatusClass::ClientError => "fix the request",
            StatusClass::ServerError => "retry later",
            _ => "keep going",
        },
    }
}

fn main() {
    // Numbers as they might arrive off the wire. Every one from 100 to 999
    // converts; those this build does not register keep their number and
    // fall to the catch-all arm, decided by their class.
    for code in [
        200u16, 304, 308, 404, 429, 444, 499, 502, 521, 599, 600, 1000,
    ] {
        match StatusCode::try_from(code) {
            Ok(status) => println!("{status:<32} -> {}", next_step(status)),
            Err(error) => println!("{code:<32} -> {error}"),
        }
    }
}
