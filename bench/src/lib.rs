//! Shared by the benchmarks (`benches/vs_http.rs`) and the instruction
//! count of `examples/decisions.rs`: the inputs, and the hand-written
//! retry decision that `decide` is measured against. See BENCHMARKS.md.

/// How many inputs each benchmark walks.
pub const INPUTS: usize = 1024;

/// Codes with rough weights of how often they appear in access logs.
pub const MIX: &[(u16, u32)] = &[
    (200, 600),
    (304, 80),
    (404, 70),
    (301, 30),
    (302, 30),
    (201, 25),
    (204, 25),
    (206, 10),
    (400, 20),
    (401, 20),
    (403, 15),
    (405, 5),
    (409, 5),
    (410, 3),
    (413, 3),
    (422, 8),
    (429, 10),
    (307, 5),
    (308, 5),
    (500, 12),
    (502, 8),
    (503, 10),
    (504, 5),
    (100, 1),
    (101, 2),
];

/// Numbers that name no standard status, in and out of 100..=999.
pub const UNKNOWN: &[u16] = &[0, 99, 199, 299, 430, 460, 599, 600, 777, 999, 1000, 4040];

/// A deterministic pseudo-random sequence (64-bit LCG), so runs compare.
fn lcg(seed: &mut u64) -> u32 {
    *seed = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (*seed >> 33) as u32
}

/// The inputs: codes drawn from [`MIX`] by a fixed sequence.
#[must_use]
pub fn realistic_codes() -> Vec<u16> {
    let total: u32 = MIX.iter().map(|&(_, w)| w).sum();
    let mut seed = 0x5eed;
    (0..INPUTS)
        .map(|_| {
            let mut pick = lcg(&mut seed) % total;
            for &(code, weight) in MIX {
                if pick < weight {
                    return code;
                }
                pick -= weight;
            }
            unreachable!("weights cover the range")
        })
        .collect()
}

/// Numbers drawn from [`UNKNOWN`] by a fixed sequence.
#[must_use]
pub fn unknown_codes() -> Vec<u16> {
    let mut seed = 0xbad;
    (0..INPUTS)
        .map(|_| UNKNOWN[lcg(&mut seed) as usize % UNKNOWN.len()])
        .collect()
}

/// The clock of the retry benchmarks, in seconds since the Unix epoch.
pub const NOW: status_core::UnixSeconds = 1_700_000_000;

/// The method and `Retry-After` value of the `index`-th request of the
/// retry benchmarks: mostly `GET`, some `POST` and `PUT`; a header on
/// every third.
#[must_use]
#[inline]
pub fn retry_request(index: usize) -> (&'static str, Option<&'static [u8]>) {
    const METHODS: [&str; 4] = ["GET", "POST", "GET", "PUT"];
    (
        METHODS[index % 4],
        matches!(index % 3, 0).then_some(&b"120"[..]),
    )
}

/// The retry decision a client writes by hand, of the same kind as
/// `decide`: the RFCs' retryable statuses by method, and `Retry-After` as
/// seconds only (no dates). `#[inline]`, as a client's own `match` would
/// be compiled where it is called, like `decide`.
#[must_use]
#[inline]
pub fn decide_by_hand(
    status: http::StatusCode,
    method: &str,
    retry_after: Option<&[u8]>,
) -> status_core::Decision {
    use status_core::Decision;
    let idempotent = matches!(
        method,
        "GET" | "HEAD" | "OPTIONS" | "TRACE" | "PUT" | "DELETE"
    );
    let allowed = match status.as_u16() {
        408 | 421 | 425 | 429 | 503 => true,
        500 | 502 | 504 => idempotent,
        _ => false,
    };
    if !allowed {
        return Decision::Stop;
    }
    let seconds = retry_after
        .and_then(|value| std::str::from_utf8(value).ok())
        .and_then(|text| text.trim().parse::<u64>().ok());
    match seconds {
        Some(0) | None => Decision::Now,
        Some(seconds) => Decision::After(std::time::Duration::from_secs(seconds)),
    }
}
