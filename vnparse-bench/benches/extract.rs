//! Throughput of the extractor, with a `regex` scan for `[0-9]+` over the same text as the
//! floor: nothing that looks at every byte can be much faster than that.
//!
//! - `report`: `sample/report.txt` repeated to over 10 MB, NFC; and the floor on it.
//! - `prose`: the same text with every digit taken out: what words alone cost.
//! - `nfd`: the report decomposed (NFD), to set against `report`.
//! - `runs`: runs of one token, which must stay linear.
//!
//! Quick runs: `cargo bench -p vnparse-bench --bench extract -- --measurement-time 3 --warm-up-time 1 report`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

#[path = "../../tests/common/mod.rs"]
mod common;

/// The sample report repeated to at least `bytes` bytes.
fn corpus(bytes: usize) -> String {
    let sample = include_str!("../../sample/report.txt");
    let mut text = String::with_capacity(bytes + sample.len());
    while text.len() < bytes {
        text.push_str(sample);
    }
    text
}

/// Ten megabytes of report text.
const SIZE: usize = 10 << 20;

fn bench_report(c: &mut Criterion) {
    let text = corpus(SIZE);
    let digits = regex::Regex::new("[0-9]+").expect("a valid pattern");
    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("extract", |b| b.iter(|| vnparse::extract(black_box(&text))));
    group.bench_function("floor_regex_digits", |b| {
        b.iter(|| digits.find_iter(black_box(&text)).count())
    });
    group.finish();
}

fn bench_prose(c: &mut Criterion) {
    let text: String = corpus(SIZE)
        .chars()
        .filter(|c| !c.is_ascii_digit())
        .collect();
    let mut group = c.benchmark_group("prose");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("no_digits", |b| {
        b.iter(|| vnparse::extract(black_box(&text)))
    });
    group.finish();
}

fn bench_nfd(c: &mut Criterion) {
    let text = common::nfd(&corpus(SIZE));
    let mut group = c.benchmark_group("nfd");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("report", |b| b.iter(|| vnparse::extract(black_box(&text))));
    group.finish();
}

/// Runs of one token, each 100 KB or more: the readers must stay linear on them (qualifiers
/// that stack, lists of labels or days, dashes between numbers). A quadratic rule shows here as
/// seconds, not milliseconds.
fn bench_runs(c: &mut Criterion) {
    let mut group = c.benchmark_group("runs");
    group.sample_size(10);
    for piece in [
        "khoảng ",
        "Điều 1, ",
        "ngày 1, ",
        "1-",
        "2020-",
        "hai mươi ",
        "5 xã, ",
    ] {
        let text = piece.repeat(100_000 / piece.len() + 1);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(piece.trim(), |b| {
            b.iter(|| vnparse::extract(black_box(&text)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_report, bench_prose, bench_nfd, bench_runs);
criterion_main!(benches);
