//! A [`tower::retry::Policy`](::tower::retry::Policy) for `http` requests and responses, from the
//! registry's policy, the request's method and the response's
//! `Retry-After`.
//!
//! ```no_run
//! use status_core::tower::RetryPolicy;
//! use std::time::Duration;
//! use tower::ServiceBuilder;
//!
//! # fn wrap<S>(client: S) {
//! // Up to three retries, waiting as `Retry-After` asks, up to ten seconds.
//! let client = ServiceBuilder::new()
//!     .retry(RetryPolicy::new(3).max_wait(Duration::from_secs(10)))
//!     .service(client);
//! # }
//! ```
//!
//! Each response is judged by [`decide`](crate::decide): a request is sent
//! again when the status's [`Retry`](crate::Retry) allows its method, after
//! the delay a `Retry-After` asks for. A delay longer than the policy's
//! `max_wait` ends the retries: the server asked to be left alone longer
//! than the caller will wait. When no response came (the service failed),
//! nothing says whether the server acted, so only an idempotent request is
//! sent again. The waits use `tokio::time`, so the service runs on a tokio
//! runtime with its timer enabled.
//!
//! A request is sent again as a copy (method, URI, version, headers,
//! extensions and body), so the body type must be `Clone`, as
//! `http_body_util::Full<Bytes>` is.

use crate::{decide, is_idempotent, Decision, StatusCode};
use core::time::Duration;
use std::time::{SystemTime, UNIX_EPOCH};

/// Retries `http` requests as the registry's policy and `Retry-After` say,
/// at most a given number of times per request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    retries: u32,
    max_wait: Duration,
}

impl RetryPolicy {
    /// The longest wait the policy accepts unless told otherwise: a minute.
    pub const DEFAULT_MAX_WAIT: Duration = Duration::from_secs(60);

    /// At most `retries` more attempts of each request.
    #[must_use]
    #[inline]
    pub const fn new(retries: u32) -> Self {
        Self {
            retries,
            max_wait: Self::DEFAULT_MAX_WAIT,
        }
    }

    /// The longest delay to wait for; a longer `Retry-After` ends the
    /// retries.
    #[must_use]
    #[inline]
    pub const fn max_wait(self, max_wait: Duration) -> Self {
        Self { max_wait, ..self }
    }

    /// How long to wait before sending the request again, or `None` not to.
    fn delay<B, E>(
        &self,
        method: &http::Method,
        result: &Result<http::Response<B>, E>,
    ) -> Option<Duration> {
        if self.retries == 0 {
            return None;
        }
        let response = match result {
            Ok(response) => response,
            Err(_) => return is_idempotent(method.as_str()).then_some(Duration::ZERO),
        };
        let retry_after = response
            .headers()
            .get(http::header::RETRY_AFTER)
            .map(http::HeaderValue::as_bytes);
        match decide(
            StatusCode::from(response.status()),
            method.as_str(),
            retry_after,
            now(),
        ) {
            Decision::Stop => None,
            Decision::Now => Some(Duration::ZERO),
            Decision::After(delay) => (delay <= self.max_wait).then_some(delay),
        }
    }
}

/// Seconds since the Unix epoch, 0 if the clock is before it.
#[inline]
fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs())
}

impl<B, R, E> tower::retry::Policy<http::Request<B>, http::Response<R>, E> for RetryPolicy
where
    B: Clone,
{
    type Future = tokio::time::Sleep;

    fn retry(
        &mut self,
        request: &mut http::Request<B>,
        result: &mut Result<http::Response<R>, E>,
    ) -> Option<Self::Future> {
        let delay = self.delay(request.method(), result)?;
        self.retries -= 1;
        Some(tokio::time::sleep(delay))
    }

    fn clone_request(&mut self, request: &http::Request<B>) -> Option<http::Request<B>> {
        let mut copy = http::Request::new(request.body().clone());
        *copy.method_mut() = request.method().clone();
        *copy.uri_mut() = request.uri().clone();
        *copy.version_mut() = request.version();
        *copy.headers_mut() = request.headers().clone();
        *copy.extensions_mut() = request.extensions().clone();
        Some(copy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, retry_after: Option<&str>) -> Result<http::Response<()>, ()> {
        let mut response = http::Response::new(());
        *response.status_mut() = http::StatusCode::from_u16(status).unwrap();
        if let Some(value) = retry_after {
            response
                .headers_mut()
                .insert(http::header::RETRY_AFTER, value.parse().unwrap());
        }
        Ok(response)
    }

    #[test]
    fn waits_as_the_server_asks_within_the_limit() {
        let policy = RetryPolicy::new(2).max_wait(Duration::from_secs(5));
        let get = http::Method::GET;
        assert_eq!(
            policy.delay(&get, &response(503, Some("3"))),
            Some(Duration::from_secs(3))
        );
        assert_eq!(policy.delay(&get, &response(503, Some("30"))), None);
        assert_eq!(
            policy.delay(&get, &response(502, None)),
            Some(Duration::ZERO)
        );
        assert_eq!(
            policy.delay(&http::Method::POST, &response(502, None)),
            None
        );
        assert_eq!(policy.delay(&get, &response(404, None)), None);
        assert_eq!(
            policy.delay(&get, &Err::<http::Response<()>, ()>(())),
            Some(Duration::ZERO)
        );
        assert_eq!(
            policy.delay(&http::Method::POST, &Err::<http::Response<()>, ()>(())),
            None
        );
        assert_eq!(RetryPolicy::new(0).delay(&get, &response(502, None)), None);
    }
}
