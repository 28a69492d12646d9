//! The functions through Ballista: a standalone scheduler and executor in this process, with
//! the functions registered in the session state the executor is built from (Ballista decodes
//! a plan's functions by name from the executor's registry, so they must be there, not only
//! on the client).
#![cfg(feature = "ballista")]

use ballista::prelude::{SessionConfigExt, SessionContextExt};
use datafusion::arrow::util::pretty::pretty_format_batches;
use datafusion::execution::SessionStateBuilder;
use datafusion::prelude::{CsvReadOptions, SessionConfig, SessionContext};

#[tokio::test]
async fn functions_run_in_a_ballista_executor() -> datafusion::error::Result<()> {
    let dir = std::env::temp_dir().join(format!("vnparse-ballista-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let csv = dir.join("docs.csv");
    std::fs::write(
        &csv,
        "id,text\n1,\"gần 1,5 tỷ đồng\"\n2,0299.3822339\n3,\"Thu đạt trên 624 tỷ đồng, tăng 8,35%\"\n4,không có số\n",
    )?;

    // Added to the default functions: the builder's `with_scalar_functions` would replace
    // them, and the scheduler could then not decode `cardinality` or `e['kind']`.
    let mut state = SessionStateBuilder::new()
        .with_config(SessionConfig::new_with_ballista())
        .with_default_features()
        .build();
    vnparse_datafusion::register_all_in(&mut state)?;
    let ctx = SessionContext::standalone_with_state(state).await?;
    // The client plans the query: it needs the functions too.
    vnparse_datafusion::register_all(&ctx);
    ctx.register_csv(
        "docs",
        csv.to_str().unwrap_or_default(),
        CsvReadOptions::new(),
    )
    .await?;
    let batches = ctx
        .sql(
            "SELECT id, vn_money(text)['amount'] AS amount, vn_phone(text) AS phone, \
             cardinality(vn_extract(text)) AS n FROM docs ORDER BY id",
        )
        .await?
        .collect()
        .await?;
    let table = pretty_format_batches(&batches)?.to_string();
    std::fs::remove_dir_all(&dir)?;
    assert_eq!(
        table,
        "\
+----+-----------------+---------------+---+
| id | amount          | phone         | n |
+----+-----------------+---------------+---+
| 1  | 1500000000.0000 |               | 1 |
| 2  |                 | +842993822339 | 1 |
| 3  |                 |               | 2 |
| 4  |                 |               | 0 |
+----+-----------------+---------------+---+"
    );
    Ok(())
}
