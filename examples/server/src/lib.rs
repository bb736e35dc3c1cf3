//! A small HTTP service whose handlers decide on typed statuses.
//!
//! Handlers return a [`status_core::StatusCode`]; [`respond`] turns it into
//! an axum response whose status line carries the registry's reason phrase:
//! RFC 9110's `413 Content Too Large` rather than hyper's older phrase, and
//! a vendor code's name instead of an empty reason.

use axum::extract::Path;
use axum::http::header::{
    ACCEPT_LANGUAGE, CACHE_CONTROL, CONNECTION, CONTENT_LANGUAGE, RETRY_AFTER, UPGRADE,
};
use axum::http::{HeaderMap, HeaderName, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use hyper::ext::ReasonPhrase;
use status_core::{Lang, StatusCode};

/// The service's routes.
pub fn app() -> Router {
    Router::new()
        .route("/items/{id}", get(item))
        .route("/status/{code}", get(echo_status))
        .route(
            "/teapot",
            get(|| async { respond(StatusCode::ImATeapot, "short and stout\n") }),
        )
        .fallback(|| async { respond(StatusCode::NotFound, "no such route\n") })
}

/// Builds a response from a typed status, with its reason phrase on the wire,
/// and what HTTP asks of a response with that status: no content where it
/// allows none, the header fields it must carry, and caching by what may be
/// cached by default.
pub fn respond(status: StatusCode, body: impl Into<String>) -> Response {
    let body = if status.allows_content() {
        body.into()
    } else {
        String::new()
    };
    let mut response = (http_status(status), body).into_response();
    // Registry reason phrases are checked to be printable ASCII, which
    // hyper accepts; should one ever be refused, hyper's default is used. An
    // unregistered number gets an empty phrase, which HTTP allows, rather
    // than hyper's placeholder.
    let reason = status.reason().unwrap_or("");
    if let Ok(reason) = ReasonPhrase::try_from(reason.as_bytes()) {
        response.extensions_mut().insert(reason);
    }
    let headers = response.headers_mut();
    let cache = if status.is_cacheable_by_default() {
        "public, max-age=60"
    } else {
        "no-store"
    };
    headers.insert(CACHE_CONTROL, HeaderValue::from_static(cache));
    for &name in status.required_headers() {
        if let (Ok(name), Some(value)) = (HeaderName::try_from(name), required_value(name)) {
            // RFC 9110, 7.8: Upgrade goes with the `upgrade` connection option.
            if name == UPGRADE {
                headers.insert(CONNECTION, HeaderValue::from_static("upgrade"));
            }
            headers.insert(name, HeaderValue::from_static(value));
        }
    }
    if status.suggested_headers().contains(&"retry-after") {
        headers.insert(RETRY_AFTER, HeaderValue::from_static("30"));
    }
    response
}

/// This service's value for a header field a status requires.
fn required_value(name: &str) -> Option<&'static str> {
    match name {
        "www-authenticate" | "proxy-authenticate" => Some("Bearer realm=\"status\""),
        "allow" => Some("GET"),
        // 426: the protocol the client should move to.
        "upgrade" => Some("HTTP/2.0"),
        _ => None,
    }
}

fn http_status(status: StatusCode) -> axum::http::StatusCode {
    status.into()
}

/// `GET /items/{id}`: items 1 to 3 exist; 4 was deleted for good.
async fn item(Path(id): Path<String>) -> Response {
    match id.parse::<u32>() {
        Ok(1..=3) => respond(StatusCode::Ok, format!("item {id}\n")),
        Ok(4) => respond(StatusCode::Gone, "item 4 was removed\n"),
        Ok(_) => respond(StatusCode::NotFound, format!("no item {id}\n")),
        Err(_) => respond(
            StatusCode::BadRequest,
            format!("{id:?} is not an item number\n"),
        ),
    }
}

/// `GET /status/{code}`: answers with the status named by three digits and
/// its summary in the client's language (from `Accept-Language`, among the
/// languages this service offers: English, and every language the build
/// enables), or 400 with the parse error when the text is not a status.
async fn echo_status(Path(code): Path<String>, headers: HeaderMap) -> Response {
    let lang = headers
        .get(ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .and_then(|header| Lang::from_accept_language(header, Lang::ALL))
        .unwrap_or(Lang::En);
    let mut response = match code.parse::<StatusCode>() {
        // An informational status is not a final response.
        Ok(status) if status.is_informational() => {
            return respond(
                StatusCode::BadRequest,
                format!("{status} is informational, not a final response\n"),
            )
        }
        Ok(status) => {
            let summary = status.summary_in(lang).unwrap_or("no registered meaning");
            respond(status, format!("{summary}\n"))
        }
        Err(error) => return respond(StatusCode::BadRequest, format!("{error}\n")),
    };
    if let Ok(tag) = HeaderValue::from_str(lang.tag()) {
        response.headers_mut().insert(CONTENT_LANGUAGE, tag);
    }
    response
}
