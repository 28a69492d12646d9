//! The amount at a position, read once, and what follows it: which readers of an amount can
//! read there.
//!
//! Money, percentages, counts and plain numbers all read `[qualifier] ["từ"] [sign] amount`
//! and then their own marker (a currency, `%`, a counted noun, nothing) or a range. So the
//! amount is read once here, and only the readers whose marker follows it (or all, where a
//! range follows) are asked: at `trên địa bàn` none is, at `12 xã` only the counts are.

use super::*;
use crate::money::currency_after;
use crate::number::{amount, range_follows, sign};
use crate::percent::percent_sign;
use crate::quantity::{open_noun, unit_after};

/// `mask` without the readers of an amount that cannot read at `input`.
pub(super) fn amount_readers(units: &Units, input: &str, mask: u32) -> u32 {
    if mask & AMOUNT == 0 {
        return mask;
    }
    let digits = after_qualifier(input);
    let Ok((after, first)) = amount(sign(digits).0) else {
        // No amount: only money, where a currency sign or code may come first (`$5`,
        // `USD 5`, `khoảng US$ 3`): every code written first is also written after.
        let currency_first =
            digits.starts_with(|c: char| !c.is_alphanumeric()) || currency_after(digits).is_some();
        let kept = if currency_first { MONEY } else { 0 };
        return mask & !AMOUNT | mask & kept;
    };
    // A range takes its marker after the second bound: every reader may read it.
    if range_follows(after) {
        return mask;
    }
    let mut kept = 0;
    if currency_after(after).is_some() {
        kept |= MONEY;
    }
    if percent_sign(after).is_some() {
        kept |= PERCENT;
    }
    // (A noun the lexicon lacks is the cheaper test, and the more often true.)
    if open_noun(after).is_some() || unit_after(units, after).is_some() || links_a_list(after) {
        kept |= QUANTITY;
    }
    // One number word alone (`năm`, `ba`) is no plain number (see `plain_number`).
    if first.digits.is_some() || first.words >= 2 || first.scaled {
        kept |= NUMBER;
    }
    mask & !AMOUNT | mask & kept
}

/// Whether a list goes on after an amount (`,`, `và`, `hoặc`), so that it may borrow its noun
/// from the next item (see `borrowed_unit`).
fn links_a_list(after: &str) -> bool {
    let (link, _) = space0_str(after);
    link.starts_with(',') || crate::text::find_phrase(link, &["và", "hoặc"]).is_some()
}
