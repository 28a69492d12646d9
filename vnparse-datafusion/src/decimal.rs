//! Exact decimals into Arrow's `Decimal128`: a fixed scale, and null where the value does not
//! fit it rather than a rounded value.

use vnparse::Amount;

use rust_decimal::Decimal;

/// The scale of `vn_money(text)['amount']`, a `Decimal128(38, 4)`: four digits after the point
/// hold every currency's minor unit (at most three digits) with one to spare, and leave 34
/// digits before it, far more than any amount written in words or digits.
///
/// ```
/// assert_eq!(vnparse_datafusion::MONEY_SCALE, 4);
/// ```
pub const MONEY_SCALE: i8 = 4;

/// The scale of `vn_percent(text)`, a `Decimal128(38, 6)`: a percentage is read to a
/// millionth of a percent.
///
/// ```
/// assert_eq!(vnparse_datafusion::PERCENT_SCALE, 6);
/// ```
pub const PERCENT_SCALE: i8 = 6;

/// The precision of every decimal these functions return: Arrow's widest for 128 bits.
pub(crate) const PRECISION: u8 = 38;

/// One exact value as the unscaled integer of a `Decimal128(38, scale)`: `None` for a range,
/// or for a value with more digits after the point than `scale` (never rounded).
pub(crate) fn exact_at_scale(amount: &Amount, scale: i8) -> Option<i128> {
    match amount {
        Amount::Exact(d) => at_scale(*d, scale),
        Amount::Range(..) => None,
    }
}

/// `d` as an integer count of `10^-scale`, when that is exact and within 38 digits.
fn at_scale(d: Decimal, scale: i8) -> Option<i128> {
    // Trailing zeros (`1.50`) do not count against the scale.
    let d = d.normalize();
    let extra = u32::try_from(scale).ok()?.checked_sub(d.scale())?;
    let unscaled = d.mantissa().checked_mul(10i128.checked_pow(extra)?)?;
    (unscaled.unsigned_abs() < 10u128.pow(u32::from(PRECISION))).then_some(unscaled)
}
