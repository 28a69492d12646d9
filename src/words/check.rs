//! Checking an amount in digits against the same amount in words, as invoices and contracts
//! give both: `1.250.000 đ (Bằng chữ: Một triệu hai trăm năm mươi nghìn đồng)`.

use crate::error::{Error, ErrorKind};
use crate::money::Money;
use crate::number::{Amount, Number};
use rust_decimal::Decimal;

/// Whether the digits and the words of one amount say the same, as [`check`] finds.
///
/// ```
/// use vnparse::words::{check, Agreement};
/// match check("500.000 đ", "Năm trăm nghìn đồng")? {
///     Agreement::Agree(value) => assert_eq!(value.to_string(), "500000"),
///     Agreement::Disagree { difference, .. } => panic!("off by {difference}"),
/// }
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Agreement {
    /// They agree, on this value.
    Agree(Decimal),
    /// They do not.
    Disagree {
        /// The value of the digits.
        digits: Decimal,
        /// The value of the words.
        words: Decimal,
        /// `words - digits`: what the words say more (negative: less).
        difference: Decimal,
    },
}

impl Agreement {
    /// Whether the two agree.
    ///
    /// ```
    /// assert!(!vnparse::words::check("5.000", "năm trăm")?.agrees());
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn agrees(&self) -> bool {
        matches!(self, Agreement::Agree(_))
    }
}

/// Compares `digits` and `words`, the two writings of one amount: `1.250.000 đ` and `Một
/// triệu hai trăm năm mươi nghìn đồng`. Each may carry a currency (it is read and set aside),
/// the words their label (`Bằng chữ:`), brackets, a final `chẵn` (exactly) and a full stop.
///
/// An error says which side could not be read as one amount (its offset is into that side).
///
/// ```
/// use vnparse::words::{check, Agreement};
/// use rust_decimal::Decimal;
/// let ok = check("1.250.000 đ", "(Bằng chữ: Một triệu hai trăm năm mươi nghìn đồng)")?;
/// assert_eq!(ok, Agreement::Agree(Decimal::from(1_250_000)));
///
/// let typo = check("1.250.000 đ", "Một triệu hai trăm nghìn đồng chẵn.")?;
/// assert_eq!(
///     typo,
///     Agreement::Disagree {
///         digits: Decimal::from(1_250_000),
///         words: Decimal::from(1_200_000),
///         difference: Decimal::from(-50_000),
///     }
/// );
/// assert!(check("1.250.000 đ", "một số tiền").is_err());
/// # Ok::<(), vnparse::Error>(())
/// ```
pub fn check(digits: &str, words: &str) -> Result<Agreement, Error> {
    let d = read_side(digits)?;
    let w = read_side(words)?;
    Ok(if d == w {
        Agreement::Agree(d)
    } else {
        Agreement::Disagree {
            digits: d,
            words: w,
            // Two amounts of opposite signs near the decimal range differ by more than it holds.
            difference: w
                .checked_sub(d)
                .ok_or_else(|| Error::at(words, 0, ErrorKind::Overflow))?,
        }
    })
}

/// One side: an amount with or without a currency, maybe `chẵn` and a full stop after.
fn read_side(text: &str) -> Result<Decimal, Error> {
    let mut trimmed = text.trim().trim_matches(['(', ')']).trim();
    // `Bằng chữ: …`, `Số tiền bằng chữ: …`: the label invoices put before the words.
    if let Some((label, words)) = trimmed.split_once(':') {
        let last = label
            .rsplit(|c: char| !crate::text::is_word_char(c))
            .find(|w| !w.is_empty());
        if last.is_some_and(|w| crate::text::same_word(w, "chữ")) {
            trimmed = words.trim_start();
        }
    }
    trimmed = trimmed.trim_end_matches('.').trim_end();
    let last_word = trimmed
        .rsplit(|c: char| !crate::text::is_word_char(c))
        .next()
        .unwrap_or_default();
    if crate::text::same_word(last_word, "chẵn") {
        let before = trimmed.len().saturating_sub(last_word.len());
        trimmed = trimmed.get(..before).unwrap_or_default().trim_end();
    }
    if let Ok(money) = trimmed.parse::<Money>() {
        return match money.amount {
            Amount::Exact(v) if money.approx.is_none() => Ok(v),
            _ => Err(Error::new(
                0,
                ErrorKind::Invalid("a range or an approximate amount, not one amount".into()),
            )),
        };
    }
    trimmed.parse::<Number>().map(Number::value)
}
