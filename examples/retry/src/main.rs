//! Fetches a URL and retries it as status-core decides: by the registry's
//! policy for the status, the request's method, and the server's
//! `Retry-After`.
//!
//! ```text
//! cargo run -p status-server-example &
//! cargo run -p status-retry-example -- http://127.0.0.1:3000/status/502
//! cargo run -p status-retry-example -- http://127.0.0.1:3000/status/503
//! cargo run -p status-retry-example -- http://127.0.0.1:3000/status/404
//! ```
//!
//! A `GET` after 502 is retried at once, up to three times; the server
//! example answers 503 with `Retry-After: 30`, longer than this client
//! waits; 404 is never retried.

use status_core::{decide, Decision, StatusExt};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Attempts after the first, at most.
const RETRIES: u32 = 3;
/// The longest `Retry-After` this client waits for.
const MAX_WAIT: Duration = Duration::from_secs(10);

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let url = args
        .next()
        .ok_or("usage: status-retry-example URL [METHOD]")?;
    let method: reqwest::Method = args.next().unwrap_or_else(|| "GET".into()).parse()?;
    let client = reqwest::Client::new();
    for attempt in 1..=RETRIES + 1 {
        let response = client.request(method.clone(), &url).send().await?;
        let status = response.status();
        let retry_after = response.headers().get(reqwest::header::RETRY_AFTER);
        let decision = decide(
            status.typed(),
            method.as_str(),
            retry_after.map(|value| value.as_bytes()),
            now(),
        );
        println!(
            "attempt {attempt}: {} ({} for {method}): {decision:?}",
            status.typed(),
            status.retry().name(),
        );
        match decision {
            Decision::Stop => return Ok(()),
            Decision::Now => {}
            Decision::After(delay) if delay <= MAX_WAIT => tokio::time::sleep(delay).await,
            Decision::After(delay) => {
                println!("the server asks to wait {delay:?}, longer than {MAX_WAIT:?}: giving up");
                return Ok(());
            }
        }
    }
    println!("no more attempts");
    Ok(())
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs())
}
