//! The amount at a position, read once, and what follows it: which readers of an amount can
//! read there.
//!
//! Money, percentages, counts and plain numbers all read `[qualifier] ["từ"] [sign] amount`
//! and then their own marker (a currency, `%`, a counted noun, nothing) or a range. So the
//! amount is read once here, and only the readers whose marker follows it (or all, where a
//! range follows) are asked: at `trên địa bàn` none is, at `12 xã` only the counts are.

use super::*;
use crate::money::currency_after;
use crate::number::{amount, digit_word_next, range_follows, range_separator, sign};
use crate::percent::percent_sign;
use crate::quantity::{noun_follows, unit_after};

/// What the amount at a place tells the readers: which may read there, and how far a plain
/// number could reach.
pub(super) struct Gate {
    /// The readers that may read.
    pub mask: u32,
    /// The furthest a plain number could end, in bytes from the place, where no range follows:
    /// a reading that already ends there leaves it nothing to win.
    pub plain_reach: Option<usize>,
}

/// The readers of an amount that can read at `input` (the others are taken out of `mask`),
/// and how far a plain number could reach.
pub(super) fn amount_readers(units: &Units, input: &str, mask: u32) -> Gate {
    let gate = |mask| Gate {
        mask,
        plain_reach: None,
    };
    if mask & AMOUNT == 0 {
        return gate(mask);
    }
    let digits = after_qualifier(input);
    let Ok((after, first)) = amount(sign(digits).0) else {
        // No amount: only money, where a currency sign or code may come first (`$5`,
        // `USD 5`, `khoảng US$ 3`): every code written first is also written after.
        let currency_first =
            digits.starts_with(|c: char| !c.is_alphanumeric()) || currency_after(digits).is_some();
        let kept = if currency_first { MONEY } else { 0 };
        return gate(mask & !AMOUNT | mask & kept);
    };
    // `05 (năm) ngày`: the marker follows the amount spelled out in brackets.
    let after = match first.digits {
        Some(_) => crate::number::spelled_in_brackets(after, first.value).unwrap_or(after),
        None => after,
    };
    // A range takes its marker after the second bound (or the first bound its own, `11$ –
    // 12,5$`): the readers whose marker follows either may read it, and the plain number.
    // Two digit words in a row (`hai ba ngày`) are left to every reader.
    if range_follows(after) {
        let second = range_separator(after)
            .and_then(|r| amount(sign(r).0).ok())
            .map(|(after_second, _)| after_second);
        return match second {
            Some(after_second) if !digit_word_next(after) => gate(
                mask & !AMOUNT
                    | mask & (NUMBER | markers(units, after) | markers(units, after_second)),
            ),
            _ => gate(mask),
        };
    }
    // `mười mấy người`, `20 mấy năm`: a round number and `mấy` (some) is vague, no amount.
    if vague_after(after) {
        return gate(mask & !AMOUNT);
    }
    let mut kept = markers(units, after);
    // (`2 Triệu Đồng Mỗi Lượng`: after a scale, a headline's currency in title case.)
    if first.scaled && crate::currency::after_a_scale(after).is_some() {
        kept |= MONEY;
    }
    // (A thing handed over in title case is counted in digits only: see `titled_count`.)
    if first.digits.is_some() && titled_word_follows(after) {
        kept |= QUANTITY;
    }
    // (Ten digits or more in one run, ungrouped and not round, are a code or an account's
    // number, never a count: `Mã vận đơn 851234567123 khách yêu cầu`; a count so large is
    // rounded, `vượt 8000000000 người`.)
    let run = digits.get(..digits.bytes().take_while(u8::is_ascii_digit).count());
    let round = run.is_some_and(|r| r.ends_with("000000"));
    if first.digits.is_some() && run.is_some_and(|r| r.len() >= 10) && !round {
        kept &= !QUANTITY;
    }
    // One number word alone (`năm`, `ba`) is no plain number (see `plain_number`).
    if first.digits.is_some() || first.words >= 2 || first.scaled {
        kept |= NUMBER;
    }
    // A plain number ends with its amount, or after `trở lên` (`từ 5 trở lên`) or `trở
    // xuống`.
    let (spaced, _) = space0_str(after);
    let reach = match crate::number::bound_opening(spaced) {
        Some((_, len)) => &spaced[len..],
        None => after,
    };
    Gate {
        mask: mask & !AMOUNT | mask & kept,
        // `reach` is the end of `input`; were it longer, no reach is known and the plain
        // number is tried as everywhere else.
        plain_reach: input.len().checked_sub(reach.len()),
    }
}

/// Whether `mấy` (some) follows an amount, making it vague: `mười mấy`, `trăm mấy`, `20 mấy`.
fn vague_after(after: &str) -> bool {
    next_word(after).is_some_and(|(w, _)| same(w, "mấy"))
}

/// The readers of an amount whose marker may follow it at `after`: a currency, or a `/` that
/// may price a bare scale by a measure (`62 triệu/m2`), for money (the money reader decides);
/// `%` for a percentage; a noun or a list for a count.
fn markers(units: &Units, after: &str) -> u32 {
    let mut kept = 0;
    let currency =
        currency_after(after).is_some() || crate::money::bracketed_currency(after).is_some();
    // (`5 triệu đồng đội lên`: the money reader decides whether the sum's scale makes `đồng`
    // the currency before a noun's word.)
    let dong = || crate::money::dong_before_a_word_alone(after).is_some();
    // (`100.000d`: the money reader asks whether the sum is grouped as a price in đồng is.)
    let unaccented = || crate::money::unaccented_dong(after).is_some();
    if currency || after.starts_with('/') || dong() || unaccented() {
        kept |= MONEY;
    }
    if percent_sign(after).is_some() {
        kept |= PERCENT;
    }
    // A noun the lexicon lacks (`open_noun`, where no currency follows) is the cheaper test,
    // and the more often true.
    if (!currency && noun_follows(after))
        || unit_after(units, after).is_some()
        || crate::quantity::tael(after).is_some()
        || links_a_list(after)
    {
        kept |= QUANTITY;
    }
    kept
}

/// Whether a word in title case follows an amount: a thing handed over may be named so (`nhận
/// 300 Kim Cương`; the count's reader asks what stands before), where digits count it.
fn titled_word_follows(after: &str) -> bool {
    after.starts_with(crate::text::is_space)
        && crate::text::space1(after)
            .ok()
            .and_then(|(r, _)| crate::text::split_word(r))
            .is_some_and(|(w, _)| is_title_case(w))
}

/// Whether a list or the sides of a size go on after an amount (`,`, `và`, `hoặc`, `hay`,
/// `x`), so that it may borrow its noun from the next item (see `borrowed_unit`).
fn links_a_list(after: &str) -> bool {
    let (link, _) = space0_str(after);
    // (A dash may chain three numbers or more before a unit: `3-4-5 tuổi`.)
    let dashed = || {
        after
            .strip_prefix('-')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    };
    link.starts_with([',', 'x', 'X', '×'])
        || dashed()
        || crate::text::find_phrase(link, LIST_LINKS).is_some()
}
