//! Per province, the money the documents name, totalled by currency, and how many documents
//! there are: a Parquet file of Vietnamese text queried in SQL.
//!
//! The documents are the lines of the repository's `sample/report.txt`, each filed under a
//! source province written as people write it (`TP.HCM`, `tỉnh ninh bình`, `Tp Đà Nẵng`):
//! `vn_admin` reads those spellings to one name, `vn_extract` finds the money in the text.
//!
//! ```sh
//! cargo run -p vnparse-datafusion --example provinces
//! ```

use std::fs::File;
use std::sync::Arc;

use datafusion::arrow::array::{Int32Array, RecordBatch, StringArray};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::error::Result;
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::prelude::{ParquetReadOptions, SessionContext};

/// Where each document comes from, written in the several ways the same province is written.
const SOURCES: [&str; 5] = [
    "tỉnh Ninh Bình",
    "TP.HCM",
    "tỉnh ninh bình",
    "Tp Đà Nẵng",
    "thành phố Hồ Chí Minh",
];

const QUERY: &str = "
WITH docs AS (
    SELECT id, vn_admin(source)['name'] AS province, text FROM reports
),
entities AS (
    SELECT province, unnest(vn_extract(text)) AS e FROM docs
),
money AS (
    -- A range (`5..10`) has no one amount: TRY_CAST leaves it out of the sum.
    SELECT province, e['unit'] AS currency, TRY_CAST(e['value'] AS DECIMAL(38, 4)) AS amount
    FROM entities WHERE e['kind'] = 'money'
)
SELECT d.province, d.documents, m.currency, m.total, m.amounts
FROM (SELECT province, count(*) AS documents FROM docs GROUP BY province) AS d
LEFT JOIN (
    SELECT province, currency, sum(amount) AS total, count(amount) AS amounts
    FROM money GROUP BY province, currency
) AS m ON d.province = m.province
ORDER BY d.province, m.currency";

#[tokio::main]
async fn main() -> Result<()> {
    let report = include_str!("../../sample/report.txt");
    let dir = std::env::temp_dir().join(format!("vnparse-provinces-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("reports.parquet");
    write_reports(&path, report)?;

    let ctx = SessionContext::new();
    vnparse_datafusion::register_all(&ctx);
    let path_text = path.to_string_lossy();
    ctx.register_parquet("reports", path_text.as_ref(), ParquetReadOptions::default())
        .await?;
    ctx.sql(QUERY).await?.show().await?;

    std::fs::remove_dir_all(&dir)?;
    Ok(())
}

/// One row per line of the report: its number, a source province, the line.
fn write_reports(path: &std::path::Path, report: &str) -> Result<()> {
    let lines: Vec<&str> = report.lines().filter(|l| !l.trim().is_empty()).collect();
    let schema = Arc::new(Schema::new(vec![
        Field::new("id", DataType::Int32, false),
        Field::new("source", DataType::Utf8, false),
        Field::new("text", DataType::Utf8, false),
    ]));
    let ids = (1..).take(lines.len());
    let sources = (0..lines.len()).map(|i| SOURCES[i % SOURCES.len()]);
    let batch = RecordBatch::try_new(
        schema.clone(),
        vec![
            Arc::new(Int32Array::from_iter_values(ids)),
            Arc::new(StringArray::from_iter_values(sources)),
            Arc::new(StringArray::from_iter_values(lines)),
        ],
    )?;
    let mut writer = ArrowWriter::try_new(File::create(path)?, schema, None)?;
    writer.write(&batch)?;
    writer.close()?;
    Ok(())
}
