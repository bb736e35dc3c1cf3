//! Real clients against a real server over loopback: an axum server plays
//! scripted answers and counts the attempts it receives, and requests go
//! through status-core's reqwest classifier and its tower policy.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode as HttpStatus};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use axum::Router;
use bytes::Bytes;
use http_body_util::Empty;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use status_core::tower::RetryPolicy;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tower::{Service, ServiceBuilder, ServiceExt};

/// One scripted answer: a status, and a `Retry-After` value.
type Answer = (u16, Option<String>);

/// What each path answers, in turn (the last answer repeats), and how many
/// requests it got.
#[derive(Clone, Default)]
struct Script {
    answers: Arc<Mutex<HashMap<String, Vec<Answer>>>>,
    attempts: Arc<Mutex<HashMap<String, usize>>>,
}

impl Script {
    fn set(&self, path: &str, answers: Vec<Answer>) {
        self.answers
            .lock()
            .unwrap()
            .insert(path.to_owned(), answers);
    }

    fn attempts(&self, path: &str) -> usize {
        self.attempts
            .lock()
            .unwrap()
            .get(path)
            .copied()
            .unwrap_or(0)
    }
}

async fn answer(State(script): State<Script>, Path(path): Path<String>) -> Response {
    let attempt = {
        let mut attempts = script.attempts.lock().unwrap();
        let count = attempts.entry(path.clone()).or_insert(0);
        *count += 1;
        *count
    };
    let (code, retry_after) = {
        let answers = script.answers.lock().unwrap();
        let answers = &answers[&path];
        answers[(attempt - 1).min(answers.len() - 1)].clone()
    };
    let mut response = (HttpStatus::from_u16(code).unwrap(), "").into_response();
    if let Some(value) = retry_after {
        response
            .headers_mut()
            .insert("retry-after", HeaderValue::from_str(&value).unwrap());
    }
    response
}

async fn serve() -> (SocketAddr, Script) {
    let script = Script::default();
    let app = Router::new()
        .route("/{path}", any(answer))
        .with_state(script.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (address, script)
}

fn answers(codes: &[(u16, Option<&str>)]) -> Vec<Answer> {
    codes
        .iter()
        .map(|(code, retry_after)| (*code, retry_after.map(str::to_owned)))
        .collect()
}

/// `Retry-After` as an IMF-fixdate `seconds` from now.
fn date_in(seconds: u64) -> String {
    let at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + seconds;
    let days = at / 86_400;
    let (mut year, mut left) = (1970, days);
    let leap = |year: u64| year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    while left >= if leap(year) { 366 } else { 365 } {
        left -= if leap(year) { 366 } else { 365 };
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
    let mut month = 0;
    while left >= lengths[month] {
        left -= lengths[month];
        month += 1;
    }
    let names = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days % 7) as usize];
    format!(
        "{weekday}, {:02} {} {year} {:02}:{:02}:{:02} GMT",
        left + 1,
        names[month],
        at % 86_400 / 3_600,
        at % 3_600 / 60,
        at % 60
    )
}

// ---- tower ----

/// Sends `method` to `path` through status-core's tower policy with
/// `retries` retries; the final status and the time it took.
async fn through_tower(
    address: SocketAddr,
    path: &str,
    method: &str,
    retries: u32,
) -> (u16, Duration) {
    let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
    let mut service = ServiceBuilder::new()
        .retry(RetryPolicy::new(retries).max_wait(Duration::from_secs(5)))
        .service(client);
    let request = http::Request::builder()
        .method(method)
        .uri(format!("http://{address}/{path}"))
        .body(Empty::new())
        .unwrap();
    let started = Instant::now();
    let response = service.ready().await.unwrap().call(request).await.unwrap();
    (response.status().as_u16(), started.elapsed())
}

#[tokio::test]
async fn tower_waits_for_retry_after_then_succeeds() {
    let (address, script) = serve().await;
    script.set("unavailable", answers(&[(503, Some("1")), (200, None)]));
    let (status, took) = through_tower(address, "unavailable", "GET", 3).await;
    assert_eq!((status, script.attempts("unavailable")), (200, 2));
    assert!(took >= Duration::from_millis(950), "retried after {took:?}");
    assert!(took < Duration::from_secs(4), "retried after {took:?}");
}

#[tokio::test]
async fn tower_waits_until_an_http_date() {
    let (address, script) = serve().await;
    let date = date_in(2);
    script.set("limited", answers(&[(429, Some(&date)), (200, None)]));
    let (status, took) = through_tower(address, "limited", "POST", 3).await;
    assert_eq!((status, script.attempts("limited")), (200, 2));
    // The date has one-second precision: the wait is between one and two.
    assert!(
        took >= Duration::from_millis(950),
        "retried after {took:?} for {date}"
    );
}

#[tokio::test]
async fn tower_repeats_a_bad_gateway_only_for_an_idempotent_method() {
    let (address, script) = serve().await;
    script.set("get", answers(&[(502, None), (200, None)]));
    script.set("post", answers(&[(502, None), (200, None)]));
    assert_eq!(through_tower(address, "get", "GET", 3).await.0, 200);
    assert_eq!(script.attempts("get"), 2);
    assert_eq!(through_tower(address, "post", "POST", 3).await.0, 502);
    assert_eq!(script.attempts("post"), 1);
}

#[tokio::test]
async fn tower_never_repeats_not_implemented() {
    let (address, script) = serve().await;
    script.set("missing", answers(&[(501, None), (200, None)]));
    assert_eq!(through_tower(address, "missing", "GET", 3).await.0, 501);
    assert_eq!(script.attempts("missing"), 1);
}

#[tokio::test]
async fn tower_bounds_the_attempts_and_the_wait() {
    let (address, script) = serve().await;
    script.set("down", answers(&[(503, Some("0"))]));
    assert_eq!(through_tower(address, "down", "GET", 3).await.0, 503);
    assert_eq!(
        script.attempts("down"),
        4,
        "the first attempt and three retries"
    );
    // Asked to wait an hour, longer than the policy's five seconds: no retry.
    script.set("later", answers(&[(503, Some("3600")), (200, None)]));
    assert_eq!(through_tower(address, "later", "GET", 3).await.0, 503);
    assert_eq!(script.attempts("later"), 1);
}

#[tokio::test]
async fn tower_follows_the_registry_for_cloudflare_codes() {
    let (address, script) = serve().await;
    // 520: the origin answered oddly, so it may have acted: GET only.
    script.set("unknown-get", answers(&[(520, None), (200, None)]));
    script.set("unknown-post", answers(&[(520, None), (200, None)]));
    assert_eq!(through_tower(address, "unknown-get", "GET", 3).await.0, 200);
    assert_eq!(
        through_tower(address, "unknown-post", "POST", 3).await.0,
        520
    );
    // 521: the origin refused the connection and never saw the request,
    // which Cloudflare's row says, so a POST is repeated; the same without
    // the feature, since another crate could turn it on.
    script.set("refused", answers(&[(521, None), (200, None)]));
    let status = through_tower(address, "refused", "POST", 3).await.0;
    assert_eq!((status, script.attempts("refused")), (200, 2));
}

// ---- reqwest ----

/// Sends `method` to `path` with reqwest's built-in retries, classified by
/// status-core; the final status.
async fn through_reqwest(address: SocketAddr, path: &str, method: reqwest::Method) -> u16 {
    let retries = status_core::reqwest::classify(
        reqwest::retry::for_host("127.0.0.1")
            .no_budget()
            .max_retries_per_request(2),
    );
    let client = reqwest::Client::builder().retry(retries).build().unwrap();
    let response = client
        .request(method, format!("http://{address}/{path}"))
        .send()
        .await
        .unwrap();
    response.status().as_u16()
}

#[tokio::test]
async fn reqwest_repeats_a_bad_gateway_only_for_an_idempotent_method() {
    let (address, script) = serve().await;
    script.set("get", answers(&[(502, None), (200, None)]));
    script.set("post", answers(&[(502, None), (200, None)]));
    assert_eq!(
        through_reqwest(address, "get", reqwest::Method::GET).await,
        200
    );
    assert_eq!(script.attempts("get"), 2);
    assert_eq!(
        through_reqwest(address, "post", reqwest::Method::POST).await,
        502
    );
    assert_eq!(script.attempts("post"), 1);
}

#[tokio::test]
async fn reqwest_never_repeats_not_implemented_nor_what_may_ask_for_a_wait() {
    let (address, script) = serve().await;
    script.set("missing", answers(&[(501, None), (200, None)]));
    assert_eq!(
        through_reqwest(address, "missing", reqwest::Method::GET).await,
        501
    );
    assert_eq!(script.attempts("missing"), 1);
    // reqwest's classifier cannot see Retry-After nor wait (see the docs of
    // status_core::reqwest), so 503 is left to the caller.
    script.set("unavailable", answers(&[(503, Some("1")), (200, None)]));
    assert_eq!(
        through_reqwest(address, "unavailable", reqwest::Method::GET).await,
        503
    );
    assert_eq!(script.attempts("unavailable"), 1);
}

#[tokio::test]
async fn reqwest_bounds_the_attempts() {
    let (address, script) = serve().await;
    script.set("down", answers(&[(502, None)]));
    assert_eq!(
        through_reqwest(address, "down", reqwest::Method::GET).await,
        502
    );
    assert_eq!(
        script.attempts("down"),
        3,
        "the first attempt and two retries"
    );
}

#[tokio::test]
async fn reqwest_follows_the_registry_for_cloudflare_codes() {
    let (address, script) = serve().await;
    script.set("timeout", answers(&[(522, None), (200, None)]));
    let status = through_reqwest(address, "timeout", reqwest::Method::POST).await;
    // 522: no TCP handshake with the origin, which never saw the request;
    // the row answers in every build, with `cloudflare` or without.
    assert_eq!((status, script.attempts("timeout")), (200, 2));
}
