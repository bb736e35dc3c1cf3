//! `StatusCode` against `http::StatusCode`, side by side over the same inputs.
//!
//! Each benchmark walks a slice of 1,024 inputs drawn from a realistic mix of
//! codes (mostly 200, then 304, 404, redirects, ...), so branch predictors see
//! varied data; results are per slice. `BENCHMARKS.md` explains how to read
//! them and `bench/ratios.py` turns them into ratios.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use status_bench::{decide_by_hand, realistic_codes, retry_request, unknown_codes, NOW};
use status_core::StatusCode;
use std::fmt::Write;
use std::hint::black_box;

fn from_u16(c: &mut Criterion, name: &str, numbers: &[u16]) {
    let mut group = c.benchmark_group(format!("from_u16/{name}"));
    group.throughput(Throughput::Elements(numbers.len() as u64));
    // Both accept every number from 100 to 999.
    group.bench_function("status-core", |b| {
        b.iter(|| {
            let mut found = 0u32;
            for &n in black_box(numbers) {
                found += u32::from(black_box(StatusCode::from_u16(n)).is_some());
            }
            found
        })
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            let mut found = 0u32;
            for &n in black_box(numbers) {
                found += u32::from(black_box(http::StatusCode::from_u16(n)).is_ok());
            }
            found
        })
    });
    // Whether a number is a registered status, for each crate.
    group.bench_function("status-core-registered", |b| {
        b.iter(|| {
            let mut found = 0u32;
            for &n in black_box(numbers) {
                let known = StatusCode::from_u16(n).filter(|s| s.is_registered());
                found += u32::from(black_box(known).is_some());
            }
            found
        })
    });
    group.bench_function("http-registered", |b| {
        b.iter(|| {
            let mut found = 0u32;
            for &n in black_box(numbers) {
                let known = http::StatusCode::from_u16(n)
                    .ok()
                    .filter(|s| s.canonical_reason().is_some());
                found += u32::from(black_box(known).is_some());
            }
            found
        })
    });
    group.finish();
}

fn reason(c: &mut Criterion, ours: &[StatusCode], theirs: &[http::StatusCode]) {
    let mut group = c.benchmark_group("reason");
    group.throughput(Throughput::Elements(ours.len() as u64));
    group.bench_function("status-core", |b| {
        b.iter(|| {
            let mut length = 0usize;
            for &s in black_box(ours) {
                length += black_box(s.reason()).map_or(0, str::len);
            }
            length
        })
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            let mut length = 0usize;
            for s in black_box(theirs) {
                length += black_box(s.canonical_reason()).map_or(0, str::len);
            }
            length
        })
    });
    group.finish();
}

fn display(c: &mut Criterion, ours: &[StatusCode], theirs: &[http::StatusCode]) {
    let mut group = c.benchmark_group("display");
    group.throughput(Throughput::Elements(ours.len() as u64));
    let mut buffer = String::with_capacity(64);
    group.bench_function("status-core", |b| {
        b.iter(|| {
            for s in black_box(ours) {
                buffer.clear();
                write!(buffer, "{s}").unwrap();
                black_box(&buffer);
            }
        })
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            for s in black_box(theirs) {
                buffer.clear();
                write!(buffer, "{s}").unwrap();
                black_box(&buffer);
            }
        })
    });
    group.finish();
}

fn parse(c: &mut Criterion, texts: &[String]) {
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Elements(texts.len() as u64));
    group.bench_function("status-core", |b| {
        b.iter(|| {
            let mut found = 0u32;
            for text in black_box(texts) {
                found += u32::from(black_box(text.parse::<StatusCode>()).is_ok());
            }
            found
        })
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            let mut found = 0u32;
            for text in black_box(texts) {
                found +=
                    u32::from(black_box(http::StatusCode::from_bytes(text.as_bytes())).is_ok());
            }
            found
        })
    });
    group.finish();
}

/// Defines a function that counts statuses per class. Not inlined, so that
/// `objdump -d` on the bench binary shows each crate's predicates.
macro_rules! classes_of {
    ($name:ident, $status:ty) => {
        #[inline(never)]
        fn $name(statuses: &[$status]) -> [u32; 5] {
            let mut counts = [0u32; 5];
            for s in statuses {
                counts[0] += u32::from(s.is_informational());
                counts[1] += u32::from(s.is_success());
                counts[2] += u32::from(s.is_redirection());
                counts[3] += u32::from(s.is_client_error());
                counts[4] += u32::from(s.is_server_error());
            }
            counts
        }
    };
}

classes_of!(classes_of, StatusCode);
classes_of!(http_classes_of, http::StatusCode);

fn class(c: &mut Criterion, ours: &[StatusCode], theirs: &[http::StatusCode]) {
    let mut group = c.benchmark_group("class");
    group.throughput(Throughput::Elements(ours.len() as u64));
    group.bench_function(BenchmarkId::new("status-core", "is_*"), |b| {
        b.iter(|| classes_of(black_box(ours)))
    });
    group.bench_function(BenchmarkId::new("http", "is_*"), |b| {
        b.iter(|| http_classes_of(black_box(theirs)))
    });
    group.finish();
}

fn retry_decision(c: &mut Criterion, ours: &[StatusCode], theirs: &[http::StatusCode]) {
    let mut group = c.benchmark_group("retry");
    group.throughput(Throughput::Elements(ours.len() as u64));
    group.bench_function("status-core", |b| {
        b.iter(|| {
            let mut later = 0u32;
            for (index, &status) in black_box(ours).iter().enumerate() {
                let (method, retry_after) = retry_request(index);
                let decision = status_core::decide(status, method, retry_after, NOW);
                later += u32::from(decision != status_core::Decision::Stop);
            }
            later
        })
    });
    group.bench_function("by-hand", |b| {
        b.iter(|| {
            let mut later = 0u32;
            for (index, &status) in black_box(theirs).iter().enumerate() {
                let (method, retry_after) = retry_request(index);
                let decision = decide_by_hand(status, method, retry_after);
                later += u32::from(decision != status_core::Decision::Stop);
            }
            later
        })
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    let numbers = realistic_codes();
    let ours: Vec<StatusCode> = numbers
        .iter()
        .map(|&n| StatusCode::from_u16(n).unwrap())
        .collect();
    let theirs: Vec<http::StatusCode> = numbers
        .iter()
        .map(|&n| http::StatusCode::from_u16(n).unwrap())
        .collect();
    let texts: Vec<String> = numbers.iter().map(u16::to_string).collect();
    from_u16(c, "valid", &numbers);
    from_u16(c, "unknown", &unknown_codes());
    reason(c, &ours, &theirs);
    display(c, &ours, &theirs);
    parse(c, &texts);
    class(c, &ours, &theirs);
    retry_decision(c, &ours, &theirs);
}

criterion_group!(vs_http, benches);
criterion_main!(vs_http);
