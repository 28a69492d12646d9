//! The functions in SQL over real files: a small Parquet file and a CSV written to a temporary
//! folder, queried, and every row of the answer compared exactly.

use std::fs::{self, File};
use std::path::PathBuf;
use std::sync::Arc;

use datafusion::arrow::array::{Array, AsArray, Int32Array, RecordBatch, StringArray};
use datafusion::arrow::datatypes::{DataType, Field, Int32Type, Int64Type, Schema};
use datafusion::arrow::util::pretty::pretty_format_batches;
use datafusion::error::Result;
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::prelude::{CsvReadOptions, ParquetReadOptions, SessionContext};

/// A fresh folder of its own under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!(
            "vnparse-datafusion-{name}-{}-{:?}",
            std::process::id(),
            std::time::SystemTime::now()
        ));
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Writes `(id, text)` rows as a Parquet file; a `None` text is a null.
fn write_parquet(path: &PathBuf, rows: &[(i32, Option<&str>)]) {
    let schema = Arc::new(Schema::new(vec![
        Field::new("id", DataType::Int32, false),
        Field::new("text", DataType::Utf8, true),
    ]));
    let batch = RecordBatch::try_new(
        schema.clone(),
        vec![
            Arc::new(Int32Array::from_iter_values(rows.iter().map(|r| r.0))),
            Arc::new(StringArray::from_iter(rows.iter().map(|r| r.1))),
        ],
    )
    .unwrap();
    let mut writer = ArrowWriter::try_new(File::create(path).unwrap(), schema, None).unwrap();
    writer.write(&batch).unwrap();
    writer.close().unwrap();
}

/// A session with the functions, and `sql` run to a printed table.
async fn table(ctx: &SessionContext, sql: &str) -> Result<String> {
    let batches = ctx.sql(sql).await?.collect().await?;
    Ok(pretty_format_batches(&batches)?.to_string())
}

fn context() -> SessionContext {
    let ctx = SessionContext::new();
    vnparse_datafusion::register_all(&ctx);
    ctx
}

const DOCS: [(i32, Option<&str>); 4] = [
    (
        1,
        Some("Thu ngân sách đạt trên 624 tỷ đồng, bằng 81,4% dự toán."),
    ),
    (
        2,
        Some("Thứ hai, 07/10/2024, UBND huyện Gia Viễn họp; liên hệ 0299.3822339."),
    ),
    (3, None),
    (4, Some("Không có số nào ở đây.")),
];

#[tokio::test]
async fn unnest_gives_one_row_per_entity_from_parquet() -> Result<()> {
    let dir = TempDir::new("unnest");
    let path = dir.0.join("docs.parquet");
    write_parquet(&path, &DOCS);
    let ctx = context();
    ctx.register_parquet(
        "docs",
        path.to_str().unwrap(),
        ParquetReadOptions::default(),
    )
    .await?;
    let got = table(
        &ctx,
        "SELECT id, e['kind'] AS kind, e['start'] AS start, e['end'] AS \"end\", \
                e['text'] AS text, e['value'] AS value, e['unit'] AS unit, \
                e['approx'] AS approx, e['weekday'] AS weekday, e['level'] AS level \
         FROM (SELECT id, unnest(vn_extract(text)) AS e FROM docs) \
         ORDER BY id, start",
    )
    .await?;
    assert_eq!(
        got,
        "\
+----+---------+-------+-----+---------------------+----------------+------+--------+---------+----------+
| id | kind    | start | end | text                | value          | unit | approx | weekday | level    |
+----+---------+-------+-----+---------------------+----------------+------+--------+---------+----------+
| 1  | money   | 23    | 45  | trên 624 tỷ đồng    | 624000000000   | VND  | over   |         |          |
| 1  | percent | 54    | 59  | 81,4%               | 81.4           |      |        |         |          |
| 2  | date    | 0     | 21  | Thứ hai, 07/10/2024 | 2024-10-07     |      |        | 1       |          |
| 2  | admin   | 28    | 46  | huyện Gia Viễn      | huyện Gia Viễn |      |        |         | district |
| 2  | phone   | 65    | 77  | 0299.3822339        | +842993822339  |      |        |         |          |
+----+---------+-------+-----+---------------------+----------------+------+--------+---------+----------+"
    );
    Ok(())
}

#[tokio::test]
async fn typed_readers_read_a_csv_and_give_null_for_what_does_not_read() -> Result<()> {
    let dir = TempDir::new("readers");
    let path = dir.0.join("values.csv");
    fs::write(
        &path,
        "id,money,date,percent,unit,phone\n\
         1,\"gần 1,5 tỷ đồng\",10/03/2023,\"7,22%\",TP.Sóc Trăng,0299.3822339\n\
         2,21.450 đồng/lít,Tết Canh Tý 2020,khoảng 38%,tỉnh Hà Giang,+84 912 345 678\n\
         3,5 USD,ngày 25/11,5-7%,xã hội,113\n\
         4,không đồng nào,31/02/2023,bảy phần trăm,huyện gia viễn,\n\
         5,,,,,\n",
    )
    .unwrap();
    let ctx = context();
    ctx.register_csv("v", path.to_str().unwrap(), CsvReadOptions::new())
        .await?;
    let got = table(
        &ctx,
        "SELECT id, vn_money(money)['amount'] AS amount, vn_money(money)['currency'] AS cur, \
                vn_money(money)['approx'] AS approx, vn_money(money)['per'] AS per, \
                vn_date(date) AS date, vn_percent(percent) AS pct, \
                vn_admin(unit)['type'] AS type, vn_admin(unit)['name'] AS name, \
                vn_admin(unit)['level'] AS level, vn_admin(unit)['code'] AS code, \
                vn_admin(unit)['era'] AS era, vn_phone(phone) AS phone \
         FROM v ORDER BY id",
    )
    .await?;
    assert_eq!(
        got,
        "\
+----+-----------------+-----+--------+-----+------------+-----------+-----------+-----------+----------+------+--------+---------------+
| id | amount          | cur | approx | per | date       | pct       | type      | name      | level    | code | era    | phone         |
+----+-----------------+-----+--------+-----+------------+-----------+-----------+-----------+----------+------+--------+---------------+
| 1  | 1500000000.0000 | VND | nearly |     | 2023-03-10 | 7.220000  | thành phố | Sóc Trăng | district | 941  | legacy | +842993822339 |
| 2  | 21450.0000      | VND |        | lít | 2020-01-25 | 38.000000 | tỉnh      | Hà Giang  | province | 02   | legacy | +84912345678  |
| 3  | 5.0000          | USD |        |     |            |           |           |           |          |      |        |               |
| 4  |                 |     |        |     |            | 7.000000  | huyện     | Gia Viễn  | district | 373  | legacy |               |
| 5  |                 |     |        |     |            |           |           |           |          |      |        |               |
+----+-----------------+-----+--------+-----+------------+-----------+-----------+-----------+----------+------+--------+---------------+"
    );
    Ok(())
}

/// Every entity's struct says what its JSON line says: the struct's non-null fields, written
/// in the contract's form, are `Entity::to_json` of the same entity, over the sample report.
#[tokio::test]
async fn the_struct_is_the_json_line() -> Result<()> {
    let report = include_str!("../../sample/report.txt");
    // And the fields the report does not use: a lunar day with its solar day, a weekday the
    // date does not fall on, a price's unit.
    let more = [
        "Lễ hội diễn ra ngày 15/8/2024 âm lịch tại thôn Đông.",
        "Thứ hai, 10/03/2023, giá thuê 360.000 đồng/tháng.",
    ];
    let lines: Vec<(i32, Option<&str>)> = report
        .lines()
        .chain(more)
        .zip(1..)
        .map(|(line, id)| (id, Some(line)))
        .collect();
    let dir = TempDir::new("json");
    let path = dir.0.join("report.parquet");
    write_parquet(&path, &lines);
    let ctx = context();
    ctx.register_parquet(
        "report",
        path.to_str().unwrap(),
        ParquetReadOptions::default(),
    )
    .await?;
    let batches = ctx
        .sql("SELECT id, vn_extract(text) AS entities FROM report ORDER BY id")
        .await?
        .collect()
        .await?;
    let mut compared = 0;
    let mut seen = std::collections::BTreeSet::new();
    for batch in &batches {
        let ids = batch.column(0).as_primitive::<Int32Type>();
        let lists = batch.column(1).as_list::<i32>();
        for row in 0..batch.num_rows() {
            let text = lines[usize::try_from(ids.value(row) - 1).unwrap()]
                .1
                .unwrap();
            // Compared as JSON values: the same fields and values, in whatever order.
            let expected: Vec<serde_json::Value> = vnparse::extract(text)
                .iter()
                .map(|e| serde_json::from_str(&e.to_json(text)).unwrap())
                .collect();
            let entities = lists.value(row);
            let got: Vec<serde_json::Value> = (0..entities.len())
                .map(|i| serde_json::from_str(&json_line(entities.as_struct(), i)).unwrap())
                .collect();
            assert_eq!(got, expected, "line {}", ids.value(row));
            compared += got.len();
            for entity in &got {
                seen.extend(entity.as_object().unwrap().keys().cloned());
            }
        }
    }
    assert!(
        compared >= 80,
        "only {compared} entities in the sample report"
    );
    for field in [
        "unit", "approx", "per", "weekday", "part", "calendar", "holiday",
    ] {
        assert!(seen.contains(field), "no {field} compared");
    }
    for field in [
        "weekday_conflict",
        "solar",
        "type",
        "name",
        "level",
        "code",
        "era",
    ] {
        assert!(seen.contains(field), "no {field} compared");
    }
    Ok(())
}

/// Entity `i` of the struct array as the contract's JSON line: its fields in order, the null
/// ones left out.
fn json_line(entities: &datafusion::arrow::array::StructArray, i: usize) -> String {
    let mut fields = Vec::new();
    for (field, column) in entities.fields().iter().zip(entities.columns()) {
        if column.is_null(i) {
            continue;
        }
        let value = match column.data_type() {
            DataType::Utf8 => serde_json::to_string(column.as_string::<i32>().value(i)).unwrap(),
            DataType::Int64 => column.as_primitive::<Int64Type>().value(i).to_string(),
            DataType::Int32 => column.as_primitive::<Int32Type>().value(i).to_string(),
            DataType::Boolean => column.as_boolean().value(i).to_string(),
            other => panic!("unexpected type {other}"),
        };
        fields.push(format!("\"{}\":{value}", field.name()));
    }
    format!("{{{}}}", fields.join(","))
}

#[tokio::test]
async fn nulls_in_nulls_out_and_empty_text_has_no_entities() -> Result<()> {
    let ctx = context();
    let got = table(
        &ctx,
        "SELECT vn_extract(NULL) IS NULL AS n, cardinality(vn_extract('')) AS empty, \
                vn_money(NULL) IS NULL AS m, vn_date(NULL) IS NULL AS d, \
                vn_percent(NULL) IS NULL AS p, vn_admin(NULL) IS NULL AS a, \
                vn_phone(NULL) IS NULL AS ph",
    )
    .await?;
    assert_eq!(
        got,
        "\
+------+-------+------+------+------+------+------+
| n    | empty | m    | d    | p    | a    | ph   |
+------+-------+------+------+------+------+------+
| true | 0     | true | true | true | true | true |
+------+-------+------+------+------+------+------+"
    );
    Ok(())
}

#[tokio::test]
async fn money_totals_by_currency_are_exact() -> Result<()> {
    let ctx = context();
    let got = table(
        &ctx,
        "SELECT m['currency'] AS currency, sum(m['amount']) AS total, count(*) AS n \
         FROM (SELECT vn_money(column1) AS m FROM (VALUES \
             ('1,5 tỷ đồng'), ('0,1 USD'), ('0,2 USD'), ('12.456,8 tỷ đồng'), ('5-10 triệu đồng'), \
             ('1,23456 USD'), ('hai trăm đồng'))) \
         WHERE m IS NOT NULL GROUP BY 1 ORDER BY 1",
    )
    .await?;
    // Exact: 0.1 + 0.2 is 0.3, the range and the amount with five decimals are left out.
    assert_eq!(
        got,
        "\
+----------+---------------------+---+
| currency | total               | n |
+----------+---------------------+---+
| USD      | 0.3000              | 2 |
| VND      | 12458300000200.0000 | 3 |
+----------+---------------------+---+"
    );
    Ok(())
}
