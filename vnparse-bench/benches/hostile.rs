//! Throughput of the extractor on hostile text: 1 MB of one pattern repeated, each a shape
//! that could make a reader look back or ahead without end (ranges of labels, runs of digits
//! separated as numbers are, stacked scale words and qualifiers, type words with no name).
//! Linear time shows as MB/s of the same order as ordinary text; a quadratic rule as seconds.
//!
//! `cargo bench -p vnparse-bench --bench hostile` (one group per pattern, ten samples each).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

/// The hostile patterns: a name for the report, the piece repeated, and what follows the run
/// (so that a reader that waits for the end of the run reaches it).
const PATTERNS: &[(&str, &str, &str)] = &[
    ("phuong_dash", "Phường 3 - ", ""),
    ("dashed_ones", "1-", "1"),
    ("spaced_ones", "1 ", "1"),
    ("mot_mot", "một ", "một"),
    ("ty_ty", " tỷ", ""),
    ("tren_tren", "trên ", "5 đồng"),
    ("colon_ones", "1:", "1"),
    ("xa_xa", "xã ", "xã"),
    ("dotted_ones", "1.", "1"),
    // Counts of one noun with no entity between them: a rule that set the last count against
    // this one searched all the text between (time in the square of the run's length).
    ("nam_nam", "năm ", "năm"),
    ("ba_nguoi", "ba người ", ""),
];

/// The size of each text.
const SIZE: usize = 1 << 20;

/// `piece` repeated to about [`SIZE`] bytes, with its lead and its tail: `1 tỷ tỷ tỷ …` starts
/// with the `1` its scale words multiply.
fn hostile(name: &str, piece: &str, tail: &str) -> String {
    let lead = if name == "ty_ty" { "1" } else { "" };
    let mut text = String::with_capacity(SIZE + 64);
    text.push_str(lead);
    while text.len() + piece.len() + tail.len() <= SIZE {
        text.push_str(piece);
    }
    text.push_str(tail);
    text
}

fn bench_hostile(c: &mut Criterion) {
    for &(name, piece, tail) in PATTERNS {
        let text = hostile(name, piece, tail);
        let mut group = c.benchmark_group(format!("hostile/{name}"));
        group.sample_size(10);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter("1MB"), &text, |b, text| {
            b.iter(|| vnparse::extract(black_box(text)))
        });
        group.finish();
    }
}

criterion_group!(benches, bench_hostile);
criterion_main!(benches);
