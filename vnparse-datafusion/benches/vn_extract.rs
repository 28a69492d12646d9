//! Rows per second of `vn_extract` over 100,000 rows (the lines of `sample/report.txt`
//! repeated), on one partition and on as many as the machine has cores: how the function
//! scales when DataFusion runs it in parallel.
//!
//! ```sh
//! cargo bench -p vnparse-datafusion
//! ```

use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use datafusion::arrow::array::{RecordBatch, StringArray};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::datasource::MemTable;
use datafusion::prelude::{SessionConfig, SessionContext};

const ROWS: usize = 100_000;
const BATCH: usize = 8_192;

/// The rows, in batches dealt round-robin over `partitions` partitions.
fn table(partitions: usize) -> MemTable {
    let lines: Vec<&str> = include_str!("../../sample/report.txt").lines().collect();
    let schema = Arc::new(Schema::new(vec![Field::new("text", DataType::Utf8, false)]));
    let mut parts = vec![Vec::new(); partitions];
    let rows = (0..ROWS)
        .map(|i| lines[i % lines.len()])
        .collect::<Vec<_>>();
    for (i, chunk) in rows.chunks(BATCH).enumerate() {
        let column = Arc::new(StringArray::from_iter_values(chunk.iter().copied()));
        let batch = RecordBatch::try_new(schema.clone(), vec![column]).unwrap();
        parts[i % partitions].push(batch);
    }
    MemTable::try_new(schema, parts).unwrap()
}

fn bench(c: &mut Criterion) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let mut group = c.benchmark_group("vn_extract");
    group.throughput(Throughput::Elements(ROWS as u64));
    group.sample_size(10);
    for partitions in [1, cores] {
        let config = SessionConfig::new().with_target_partitions(partitions);
        let ctx = SessionContext::new_with_config(config);
        vnparse_datafusion::register_all(&ctx);
        ctx.register_table("t", Arc::new(table(partitions)))
            .unwrap();
        group.bench_function(format!("{partitions} partitions"), |b| {
            b.iter(|| {
                runtime.block_on(async {
                    let sql = "SELECT sum(cardinality(vn_extract(text))) FROM t";
                    ctx.sql(sql).await.unwrap().collect().await.unwrap()
                })
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
