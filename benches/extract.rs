//! Throughput of the extractor over Vietnamese report text (`sample/report.txt`, repeated to
//! over 1 MB), and over the same text with its marks replaced, to see what folding costs.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

/// The sample report repeated to at least `bytes` bytes.
fn corpus(bytes: usize) -> String {
    let sample = include_str!("../sample/report.txt");
    let mut text = String::with_capacity(bytes + sample.len());
    while text.len() < bytes {
        text.push_str(sample);
    }
    text
}

/// The same text with no Vietnamese marks: what the scanner costs when nothing needs folding.
fn without_marks(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii() { c } else { 'a' })
        .collect()
}

fn bench_extract(c: &mut Criterion) {
    let text = corpus(1 << 20);
    let plain = without_marks(&text);
    let mut group = c.benchmark_group("extract");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("report_1MB", |b| {
        b.iter(|| vnparse::extract(black_box(&text)))
    });
    group.throughput(Throughput::Bytes(plain.len() as u64));
    group.bench_function("no_marks_1MB", |b| {
        b.iter(|| vnparse::extract(black_box(&plain)))
    });
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

criterion_group!(benches, bench_extract, bench_runs);
criterion_main!(benches);
