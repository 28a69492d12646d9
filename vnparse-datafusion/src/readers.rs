//! The typed readers: `vn_money`, `vn_date`, `vn_percent`, `vn_admin`, `vn_phone`. Each reads
//! the whole string with its type's `FromStr`; what does not read is null, never an error that
//! stops the query, and a null in is a null out.

use std::sync::Arc;

use datafusion::arrow::array::{
    ArrayRef, Date32Builder, Decimal128Builder, StringBuilder, StructArray,
};
use datafusion::arrow::buffer::NullBuffer;
use datafusion::arrow::datatypes::{DataType, Field, Fields};
use datafusion::common::Result;
use datafusion::logical_expr::{
    ColumnarValue, ScalarFunctionArgs, ScalarUDF, ScalarUDFImpl, Signature, Volatility,
};
use vnparse::text::compose;
use vnparse::{AdminUnit, Date, Money, Percent, Phone};

use crate::decimal::{MONEY_SCALE, PERCENT_SCALE, PRECISION, exact_at_scale};
use crate::input::{each_str, text_argument};

/// `vn_money(text)`: `Struct<amount Decimal128(38, 4), currency, approx, per>`.
pub(crate) fn vn_money() -> ScalarUDF {
    Reader::new(Reads::Money).into()
}

/// `vn_date(text)`: the solar day, `Date32`.
pub(crate) fn vn_date() -> ScalarUDF {
    Reader::new(Reads::Date).into()
}

/// `vn_percent(text)`: `Decimal128(38, 6)`.
pub(crate) fn vn_percent() -> ScalarUDF {
    Reader::new(Reads::Percent).into()
}

/// `vn_admin(text)`: `Struct<type, name, level, code, era>`.
pub(crate) fn vn_admin() -> ScalarUDF {
    Reader::new(Reads::Admin).into()
}

/// `vn_phone(text)`: E.164.
pub(crate) fn vn_phone() -> ScalarUDF {
    Reader::new(Reads::Phone).into()
}

/// What a reader reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Reads {
    Money,
    Date,
    Percent,
    Admin,
    Phone,
}

/// A scalar function that reads one typed value from each text.
#[derive(Debug, PartialEq, Eq, Hash)]
struct Reader {
    reads: Reads,
    signature: Signature,
}

impl Reader {
    fn new(reads: Reads) -> Self {
        Reader {
            reads,
            signature: Signature::string(1, Volatility::Immutable),
        }
    }
}

impl ScalarUDFImpl for Reader {
    fn name(&self) -> &str {
        match self.reads {
            Reads::Money => "vn_money",
            Reads::Date => "vn_date",
            Reads::Percent => "vn_percent",
            Reads::Admin => "vn_admin",
            Reads::Phone => "vn_phone",
        }
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(match self.reads {
            Reads::Money => DataType::Struct(money_fields()),
            Reads::Date => DataType::Date32,
            Reads::Percent => DataType::Decimal128(PRECISION, PERCENT_SCALE),
            Reads::Admin => DataType::Struct(admin_fields()),
            Reads::Phone => DataType::Utf8,
        })
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let texts = text_argument(self.name(), args)?;
        let out = match self.reads {
            Reads::Money => money(&texts)?,
            Reads::Date => date(&texts)?,
            Reads::Percent => percent(&texts)?,
            Reads::Admin => admin(&texts)?,
            Reads::Phone => phone(&texts)?,
        };
        Ok(ColumnarValue::Array(out))
    }
}

/// The value of the whole text, or `None` when the text is null or is not one `T`.
fn read<T: std::str::FromStr>(text: Option<&str>) -> Option<T> {
    text?.parse().ok()
}

fn money_fields() -> Fields {
    Fields::from(vec![
        Field::new("amount", DataType::Decimal128(PRECISION, MONEY_SCALE), true),
        Field::new("currency", DataType::Utf8, true),
        Field::new("approx", DataType::Utf8, true),
        Field::new("per", DataType::Utf8, true),
    ])
}

/// One amount of money: a range, or an amount with more than four decimals, is null.
fn money(texts: &ArrayRef) -> Result<ArrayRef> {
    let mut amount = Decimal128Builder::new().with_precision_and_scale(PRECISION, MONEY_SCALE)?;
    let (mut currency, mut approx, mut per) = (
        StringBuilder::new(),
        StringBuilder::new(),
        StringBuilder::new(),
    );
    let mut valid = Vec::with_capacity(texts.len());
    each_str(texts, |text| {
        let read =
            read::<Money>(text).and_then(|m| Some((exact_at_scale(&m.amount, MONEY_SCALE)?, m)));
        valid.push(read.is_some());
        match read {
            Some((units, m)) => {
                amount.append_value(units);
                currency.append_value(m.currency.code());
                approx.append_option(m.approx.map(|a| a.as_str()));
                per.append_option(m.per.as_deref().map(compose));
            }
            None => {
                amount.append_null();
                currency.append_null();
                approx.append_null();
                per.append_null();
            }
        }
    })?;
    let arrays: Vec<ArrayRef> = vec![
        Arc::new(amount.finish()),
        Arc::new(currency.finish()),
        Arc::new(approx.finish()),
        Arc::new(per.finish()),
    ];
    let nulls = Some(NullBuffer::from(valid));
    Ok(Arc::new(StructArray::try_new(
        money_fields(),
        arrays,
        nulls,
    )?))
}

/// The solar day of a date whose year is known (a lunar date converted); null without a year.
fn date(texts: &ArrayRef) -> Result<ArrayRef> {
    let mut out = Date32Builder::new();
    each_str(texts, |text| {
        let day = read::<Date>(text).and_then(|d| d.solar());
        out.append_option(day.and_then(|(y, m, d)| days_since_epoch(y, m, d)));
    })?;
    Ok(Arc::new(out.finish()))
}

/// Days from 1970-01-01 to a day of the proleptic Gregorian calendar (Hinnant's
/// `days_from_civil`), as `Date32` counts them; `None` past its range.
fn days_since_epoch(year: i32, month: u8, day: u8) -> Option<i32> {
    let (m, d) = (i64::from(month), i64::from(day));
    let y = i64::from(year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let year_of_era = y.rem_euclid(400);
    let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    i32::try_from(era * 146_097 + day_of_era - 719_468).ok()
}

/// One percentage: a range, or one with more than six decimals, is null.
fn percent(texts: &ArrayRef) -> Result<ArrayRef> {
    let mut out = Decimal128Builder::new().with_precision_and_scale(PRECISION, PERCENT_SCALE)?;
    each_str(texts, |text| {
        let p = read::<Percent>(text).and_then(|p| exact_at_scale(&p.amount, PERCENT_SCALE));
        out.append_option(p);
    })?;
    Ok(Arc::new(out.finish()))
}

fn admin_fields() -> Fields {
    ["type", "name", "level", "code", "era"]
        .into_iter()
        .map(|name| Field::new(name, DataType::Utf8, true))
        .collect()
}

/// One administrative unit: its type in full, its name, its level, and its statistics office
/// code and the era of that code where the unit alone tells them.
fn admin(texts: &ArrayRef) -> Result<ArrayRef> {
    let mut columns: [StringBuilder; 5] = Default::default();
    let mut valid = Vec::with_capacity(texts.len());
    each_str(texts, |text| {
        let unit = read::<AdminUnit>(text);
        valid.push(unit.is_some());
        let [kind, name, level, code, era] = &mut columns;
        match unit {
            Some(u) => {
                kind.append_value(u.kind.word());
                name.append_value(compose(&u.name));
                level.append_value(u.level.as_str());
                let code_and_era = u.code_and_era();
                code.append_option(code_and_era.map(|(c, _)| c.to_string()));
                era.append_option(code_and_era.map(|(_, e)| e.as_str()));
            }
            None => columns.iter_mut().for_each(StringBuilder::append_null),
        }
    })?;
    let arrays: Vec<ArrayRef> = columns
        .iter_mut()
        .map(|b| Arc::new(b.finish()) as ArrayRef)
        .collect();
    let nulls = Some(NullBuffer::from(valid));
    Ok(Arc::new(StructArray::try_new(
        admin_fields(),
        arrays,
        nulls,
    )?))
}

/// One telephone number, in E.164 (old area codes kept, as written).
fn phone(texts: &ArrayRef) -> Result<ArrayRef> {
    let mut out = StringBuilder::new();
    each_str(texts, |text| {
        out.append_option(read::<Phone>(text).map(|p| p.e164()));
    })?;
    Ok(Arc::new(out.finish()))
}

#[cfg(test)]
mod tests {
    use super::days_since_epoch;

    #[test]
    fn days_since_epoch_counts_like_date32() {
        assert_eq!(days_since_epoch(1970, 1, 1), Some(0));
        assert_eq!(days_since_epoch(1969, 12, 31), Some(-1));
        assert_eq!(days_since_epoch(2000, 3, 1), Some(11_017));
        assert_eq!(days_since_epoch(2024, 10, 7), Some(20_003));
    }
}
