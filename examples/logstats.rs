//! Counts the statuses of an nginx access log in the `combined` format.
//!
//! ```text
//! cargo run --example logstats --features nginx -- /var/log/nginx/access.log
//! cargo run --example logstats --features nginx < access.log
//! ```
//!
//! Each status is read as nginx means it (`StatusCode::from_vendor`), so 444
//! and 499, which nginx writes to its log without sending them, show their
//! nginx meaning whatever other features the build turns on. Numbers no row
//! registers are counted too, under their number.

use status_core::{StatusCode, Vendor};
use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let tally = match std::env::args_os().nth(1) {
        Some(path) => match std::fs::File::open(&path) {
            Ok(file) => tally(io::BufReader::new(file)),
            Err(error) => {
                eprintln!("logstats: {}: {error}", path.to_string_lossy());
                return ExitCode::FAILURE;
            }
        },
        None => tally(io::stdin().lock()),
    };
    let tally = match tally {
        Ok(tally) => tally,
        Err(error) => {
            eprintln!("logstats: {error}");
            return ExitCode::FAILURE;
        }
    };
    match print(&mut io::stdout().lock(), &tally) {
        Ok(()) => {}
        // A closed pipe (`logstats | head`) is not worth a complaint.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => {}
        Err(error) => {
            eprintln!("logstats: {error}");
            return ExitCode::FAILURE;
        }
    }
    if !tally.unreadable.is_empty() {
        eprintln!(
            "logstats: {} lines without a status (first: line {})",
            tally.unreadable.len(),
            tally.unreadable[0]
        );
    }
    ExitCode::SUCCESS
}

/// How often each status appears, and the lines where none could be read.
#[derive(Debug, Default)]
pub struct Tally {
    pub counts: BTreeMap<StatusCode, u64>,
    /// 1-based numbers of the lines without a status from 100 to 999.
    pub unreadable: Vec<u64>,
}

/// Reads a log line by line.
///
/// # Errors
///
/// When the input cannot be read.
pub fn tally(input: impl BufRead) -> io::Result<Tally> {
    let mut tally = Tally::default();
    for (index, line) in input.split(b'\n').enumerate() {
        let line = line?;
        let line = String::from_utf8_lossy(&line);
        if line.trim().is_empty() {
            continue;
        }
        match status_of(&line).and_then(|code| StatusCode::from_vendor(Vendor::Nginx, code)) {
            Some(status) => *tally.counts.entry(status).or_default() += 1,
            None => tally.unreadable.push(index as u64 + 1),
        }
    }
    Ok(tally)
}

/// The status field of a line in nginx's `combined` format:
/// `$remote_addr - $remote_user [$time_local] "$request" $status
/// $body_bytes_sent "$http_referer" "$http_user_agent"`. nginx escapes
/// quotes inside the request, so the status is the first field after the
/// first quoted one.
pub fn status_of(line: &str) -> Option<u16> {
    let mut fields = line.splitn(3, '"');
    let (_, _, rest) = (fields.next()?, fields.next()?, fields.next()?);
    rest.split_whitespace().next()?.parse().ok()
}

/// Prints one row per status, the most frequent first.
///
/// # Errors
///
/// When `out` cannot be written.
pub fn print(out: &mut impl Write, tally: &Tally) -> io::Result<()> {
    let mut rows: Vec<(&StatusCode, &u64)> = tally.counts.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    writeln!(
        out,
        "{:>8}  {:<36} {:<12} class",
        "count", "status", "vendor"
    )?;
    for (status, count) in rows {
        let vendor = status.vendor().map_or("unregistered", Vendor::name);
        writeln!(
            out,
            "{count:>8}  {status:<36} {vendor:<12} {}",
            status.class()
        )?;
    }
    Ok(())
}
