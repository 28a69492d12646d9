//! [`vnparse`] in SQL: scalar functions for
//! [DataFusion](https://docs.rs/datafusion) that read the numbers in Vietnamese text.
//!
//! | function | returns |
//! |----------|---------|
//! | `vn_extract(text)` | `List<Struct<kind, start, end, text, value, unit, approx, per, weekday, part, calendar, holiday, weekday_conflict, solar, type, name, level, code, era>>`: every entity the extractor finds, in order; `unnest` gives one row per entity |
//! | `vn_money(text)` | `Struct<amount Decimal128(38, 4), currency, approx, per>` |
//! | `vn_date(text)` | `Date32`: the solar day of a date with a year |
//! | `vn_percent(text)` | `Decimal128(38, 6)` |
//! | `vn_admin(text)` | `Struct<type, name, level, code, era>` |
//! | `vn_phone(text)` | `Utf8`: E.164 |
//!
//! The fields of `vn_extract` are the entity contract's (the JSON line `examples/extract`
//! prints), with null for a field that does not apply. The typed readers read the whole string
//! with the type's `FromStr`: text that is not one such value is null, never an error that
//! stops the query; a null in is a null out. Amounts are exact decimals, never floats: money
//! has 4 digits after the point ([`MONEY_SCALE`]), percentages 6 ([`PERCENT_SCALE`]); an
//! amount with more, a range (`5-7%`) or one too large for 38 digits is null.
//!
//! ```
//! use datafusion::prelude::SessionContext;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> datafusion::error::Result<()> {
//! let ctx = SessionContext::new();
//! vnparse_datafusion::register_all(&ctx);
//! let df = ctx
//!     .sql("SELECT e['kind'] AS kind, e['value'] AS value, e['unit'] AS unit \
//!           FROM (SELECT unnest(vn_extract('Thu đạt trên 624 tỷ đồng, tăng 8,35%')) AS e)")
//!     .await?;
//! let batches = df.collect().await?;
//! let table = datafusion::arrow::util::pretty::pretty_format_batches(&batches)?.to_string();
//! assert_eq!(table, "\
//! +---------+--------------+------+
//! | kind    | value        | unit |
//! +---------+--------------+------+
//! | money   | 624000000000 | VND  |
//! | percent | 8.35         |      |
//! +---------+--------------+------+");
//! # Ok(())
//! # }
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod decimal;
mod extract;
mod input;
mod readers;

use datafusion::logical_expr::ScalarUDF;
use datafusion::prelude::SessionContext;

pub use decimal::{MONEY_SCALE, PERCENT_SCALE};

/// Every function of this crate, to register wherever a `SessionContext` is not at hand (a
/// `FunctionRegistry`, a Ballista executor's session state).
///
/// ```
/// let names: Vec<String> = vnparse_datafusion::functions()
///     .iter()
///     .map(|f| f.name().to_string())
///     .collect();
/// assert_eq!(
///     names,
///     ["vn_extract", "vn_money", "vn_date", "vn_percent", "vn_admin", "vn_phone"]
/// );
/// ```
pub fn functions() -> Vec<ScalarUDF> {
    vec![
        ScalarUDF::from(extract::VnExtract::new()),
        readers::vn_money(),
        readers::vn_date(),
        readers::vn_percent(),
        readers::vn_admin(),
        readers::vn_phone(),
    ]
}

/// Registers every function of this crate with `ctx`, for its SQL and its DataFrames.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> datafusion::error::Result<()> {
/// let ctx = datafusion::prelude::SessionContext::new();
/// vnparse_datafusion::register_all(&ctx);
/// let batches = ctx
///     .sql("SELECT vn_phone('0299.3822339') AS p, vn_date('31/02/2023') AS d")
///     .await?
///     .collect()
///     .await?;
/// let table = datafusion::arrow::util::pretty::pretty_format_batches(&batches)?.to_string();
/// assert!(table.contains("| +842993822339 |   |"));
/// # Ok(())
/// # }
/// ```
pub fn register_all(ctx: &SessionContext) {
    for f in functions() {
        ctx.register_udf(f);
    }
}

/// Registers every function of this crate in a function registry: a `SessionState` (the state
/// a Ballista scheduler and executor are built from), or any other `FunctionRegistry` that
/// takes new functions. The registry's own functions stay.
///
/// ```
/// use datafusion::execution::{FunctionRegistry, SessionStateBuilder};
///
/// let mut state = SessionStateBuilder::new().with_default_features().build();
/// vnparse_datafusion::register_all_in(&mut state)?;
/// assert!(state.udfs().contains("vn_extract"));
/// assert!(state.udfs().contains("cardinality"));
/// # Ok::<(), datafusion::error::DataFusionError>(())
/// ```
pub fn register_all_in(
    registry: &mut dyn datafusion::execution::FunctionRegistry,
) -> datafusion::error::Result<()> {
    for f in functions() {
        registry.register_udf(std::sync::Arc::new(f))?;
    }
    Ok(())
}
