//! reqwest's built-in retries (`reqwest::retry`), classified by the
//! registry's policy.
//!
//! ```no_run
//! # async fn run() -> Result<(), reqwest::Error> {
//! let client = reqwest::Client::builder()
//!     .retry(status_core::reqwest::classify(reqwest::retry::for_host("api.example.com")))
//!     .build()?;
//! let response = client.get("http://api.example.com/items").send().await?;
//! # Ok(())
//! # }
//! ```
//!
//! What reqwest's classifier can and cannot see decides what it does:
//!
//! - It sees the request's method and the response's status, so a request
//!   is retried when the status's [`Retry`](crate::Retry) allows its method:
//!   a `GET` after a 502, not a `POST`.
//! - It sees no response header, and reqwest retries at once: it cannot
//!   honor a `Retry-After`. A status whose response may carry one (429,
//!   503, and 413 when temporary) is therefore not retried here rather than
//!   retried sooner than the server asked. Use the `tower` feature's retry
//!   policy, which waits, or [`decide`](crate::decide) in a loop of your
//!   own, for those.
//! - When no response came (a connection error), nothing says whether the
//!   server acted, so only an idempotent request is retried.
//!
//! reqwest's own limits still apply: a retry budget (by default 20 % more
//! requests) and at most two retries per request, both set on the builder.

use crate::{is_idempotent, StatusCode};

/// Adds the registry's policy to a reqwest retry policy as its classifier.
#[must_use]
#[inline]
pub fn classify(builder: reqwest::retry::Builder) -> reqwest::retry::Builder {
    builder.classify_fn(|attempt| {
        let method = attempt.method().as_str();
        let retry = match attempt.status() {
            Some(status) => retries_at_once(StatusCode::from(status), method),
            None => is_idempotent(method),
        };
        if retry {
            attempt.retryable()
        } else {
            attempt.success()
        }
    })
}

/// Whether `status` lets a request with `method` be repeated at once: its
/// policy allows the method, and it is not a status whose server may ask
/// for a delay.
#[inline]
fn retries_at_once(status: StatusCode, method: &str) -> bool {
    status.retry().allows(method) && !status.suggested_headers().contains(&"retry-after")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_what_needs_no_wait() {
        assert!(retries_at_once(StatusCode::BadGateway, "GET"));
        assert!(!retries_at_once(StatusCode::BadGateway, "POST"));
        assert!(retries_at_once(StatusCode::RequestTimeout, "POST"));
        assert!(!retries_at_once(StatusCode::ServiceUnavailable, "GET"));
        assert!(!retries_at_once(StatusCode::TooManyRequests, "GET"));
        assert!(!retries_at_once(StatusCode::NotImplemented, "GET"));
    }
}
