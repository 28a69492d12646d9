//! Reading the text argument, whichever of Arrow's string layouts it arrives in (Parquet gives
//! `Utf8View`, CSV `Utf8`, some writers `LargeUtf8`).

use datafusion::arrow::array::{Array, ArrayRef, AsArray};
use datafusion::arrow::datatypes::DataType;
use datafusion::common::{Result, exec_err};
use datafusion::logical_expr::{ColumnarValue, ScalarFunctionArgs};

/// The one text argument of a call, as an array of `number_rows` (a literal is repeated).
pub(crate) fn text_argument(name: &str, args: ScalarFunctionArgs) -> Result<ArrayRef> {
    let [arg] = <[ColumnarValue; 1]>::try_from(args.args).map_err(|args| {
        datafusion::error::DataFusionError::Execution(format!(
            "{name} takes one argument, got {}",
            args.len()
        ))
    })?;
    arg.into_array(args.number_rows)
}

/// Calls `f` on each row of a string array, in order: the text, or `None` for a null.
pub(crate) fn each_str(array: &ArrayRef, mut f: impl FnMut(Option<&str>)) -> Result<()> {
    match array.data_type() {
        DataType::Utf8 => array.as_string::<i32>().iter().for_each(&mut f),
        DataType::LargeUtf8 => array.as_string::<i64>().iter().for_each(&mut f),
        DataType::Utf8View => array.as_string_view().iter().for_each(&mut f),
        DataType::Null => (0..array.len()).for_each(|_| f(None)),
        other => return exec_err!("expected text, got {other}"),
    }
    Ok(())
}
