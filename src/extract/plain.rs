//! The readers the extractor owns besides the kinds' own: plain numbers and ranges under the
//! free-text rules, counts of nouns the lexicon lacks, and bare months (`03/2026`).

use super::*;
use crate::text::split_word;

/// `03/2026` in `giá tốt 03/2026`, `(11-1941)`: a month and a year with no `tháng`, not a
/// ratio or a range.
pub(super) fn bare_month(input: &str) -> Option<(&str, Month)> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    let month: u8 = input
        .get(..digits)
        .filter(|d| (1..=2).contains(&d.len()))?
        .parse()
        .ok()?;
    let (year, rest) = crate::date::four_digit_year(input[digits..].strip_prefix(['/', '-'])?)?;
    let continues = rest.starts_with('/') && rest[1..].starts_with(|c: char| c.is_alphanumeric());
    if !(1900..=2199).contains(&year) || continues {
        return None;
    }
    Some((rest, Month::new(Some(year), month).ok()?))
}

/// A count in digits of a noun the lexicon lacks (see [`crate::quantity`]); never a bare year
/// (`2001 quy định`), and in words only of two words or more, or of a digit word rarely
/// anything else, unless `set_against` another count in words (`ba nữ` in `hai nam ba nữ`).
pub(super) fn open_quantity(input: &str, set_against: bool) -> Option<(&str, Quantity)> {
    let (rest, m) = marked(input, crate::quantity::open_noun, &[]).ok()?;
    let no_count = match m.first.digits {
        Some(numeral) => {
            numeral.grouping == crate::number::Grouping::Plain
                && (crate::period::among_years_of_the_record(numeral.value)
                    || is_identifier(after_qualifier(input)))
        }
        // In words, a count of two or more words (`hai mươi tay vợt`) or one of the digit
        // words that are rarely anything else (`hai kỷ lục`, `sáu tay vợt`); not `một` (the
        // article), `ba` (father), `năm` (year), `tư` (private), `tám` (to chat: `ngồi tám
        // chuyện`), `chín` (ripe: `xoài chín vàng`).
        // Set against another count in words (`hai nam ba nữ`, see
        // `set_against_a_count_in_words`), any digit word is the numeral.
        None if m.first.words >= 2 || set_against => false,
        // (Nor before a noun of an agent, one who does something, which none of those other
        // words takes: `ba ứng cử viên`, `năm hướng dẫn viên`.)
        // (Not `một`, the article before a quantifier, `một số giáo viên`, nor `năm`, the year
        // of what is studied, `năm học thạc sĩ`.)
        None if crate::quantity::is_agent_noun(&m.marker)
            && !split_word(after_qualifier(input))
                .is_some_and(|(w, _)| word_in(w, &["một", "năm"])) =>
        {
            false
        }
        None => {
            let word = split_word(after_qualifier(input)).map(|(w, _)| w)?;
            !word_in(word, &["hai", "bốn", "sáu", "bảy", "mười"])
        }
    };
    let quantity = Quantity {
        amount: m.amount,
        unit: m.marker,
        approx: m.approx,
    };
    // `20K phí vận chuyển`, `15-20tr gross`: a scaled amount is a price, not a count (a range
    // whose first bound took the scale written once after the second was scaled too).
    let shared_scale = matches!(m.amount, Amount::Range(low, _) if low != m.first.value);
    // (Unless in words and not round to its hundreds: `ba nghìn hai trăm năm mươi tư câu
    // thơ` counts, where prices are round, `ba trăm nghìn tiền điện`.)
    let counted_past_the_scale = m.first.digits.is_none()
        && m.first
            .value
            .checked_rem(Decimal::from(100))
            .is_some_and(|r| !r.is_zero())
        && m.first.value.is_integer();
    let priced = m.first.scaled && !counted_past_the_scale;
    (!no_count && !priced && !shared_scale).then_some((rest, quantity))
}

/// Whether the digits opening `digits` are an identifier, which counts no noun the lexicon
/// lacks: a long run with a leading zero (`TK 0011001234567 tai VCB`, an account in a bank's
/// SMS), or nine digits or more that do not end in a round thousand (`Ma don 20241130055 gom`).
/// A large count written without group marks is round (`sản xuất 3000000 viên`) or short
/// (`1234567 lệnh`); a noun of the lexicon is counted however its number is written
/// (`280570346 kWh`), unless padded.
pub(super) fn is_identifier(digits: &str) -> bool {
    let run = digits.bytes().take_while(u8::is_ascii_digit).count();
    let written = digits.get(..run).unwrap_or_default();
    is_padded_identifier(digits) || run >= 9 && !written.ends_with("000")
}

/// Whether the digits opening `digits` are padded with zeros to five digits or more
/// (`Số: 0001234 Ngày 15 tháng 3`, `TK 0011001234567`): a serial number, which counts no noun
/// at all, where a count padded to two or three digits is the style of official letters
/// (`05 ngày`, `003 hồ sơ`).
pub(super) fn is_padded_identifier(digits: &str) -> bool {
    let run = digits.bytes().take_while(u8::is_ascii_digit).count();
    digits.starts_with('0') && run >= 5
}

/// Whether the word after a capitalized digit word is a scale not written as a name: `Hai
/// tỷ là nhiều`, `HAI TỶ` open a sentence with an amount, where a capitalized digit word alone
/// may be a name (`chú Ba`, `Năm Căn`, `Hai Triệu`).
fn scale_not_a_name(words: &str) -> bool {
    split_word(words)
        .and_then(|(_, r)| next_word(r))
        .is_some_and(|(w, _)| !is_title_case(w) && crate::words::lexer::is_scale_word(w))
}

/// The "marker" after a plain number: nothing at all, unless a range follows.
pub(super) fn nothing_unless_range(rest: &str) -> Option<((), &str)> {
    (!range_follows(rest)).then_some(((), rest))
}

/// Whether `written` ends in a scale word written out (`triệu`, `tỷ`, `nghìn`), not an
/// abbreviation (`tr`, `k`).
fn ends_in_a_scale_word(written: &str) -> bool {
    use crate::words::lexer::{ending_scale, Abbreviated};
    ending_scale(written) == Some(Abbreviated(false))
}

/// A plain number or range of numbers, maybe qualified and signed, under the free-text rules
/// for words: `trên 27 tỉ`, `7 - 10 triệu`, `hai mươi mốt`. `text` is the whole text `input`
/// ends, whose words before the number decide a clock time as for the other readers.
pub(super) fn plain_number<'t>(
    text: &'t str,
    input: &'t str,
) -> Option<(&'t str, Amount, Option<Approx>)> {
    // The marker of a plain number is nothing at all, unless a range follows the first bound.
    // (Bounds that each carry their scale, linked by a word, are two numbers, as bounds that
    // each carry their currency are two sums (`11$ – 12,5$`): `từ 499k đến 2tr`, `15 triệu
    // đến 18 triệu`; so are bounds that each carry the `k` of a price tag, its marker, on
    // either side of a spaced dash, `350k - 800k`, and so do bounds that each end in a scale
    // word written out, `3 triệu – 4,5 triệu`, `500 nghìn - 1 triệu`. A scale written once is
    // the range's (`4,5 - 6 triệu`, `800k - 1tr`), and so is `tr` (`9tr2 – 10tr`); `20K-30K`, a
    // dash glued, is written as one.)
    let first_alone = || marked(input, |rest: &str| Some(((), rest)), &[]);
    let tagged = |bound: &str, after: &str| {
        bound
            .get(..bound.len().saturating_sub(after.len()))
            .is_some_and(|written| written.ends_with(['k', 'K']) || ends_in_a_scale_word(written))
    };
    let by_a_word = |after_first: &str| {
        let (link, spaces) = space0_str(after_first);
        let tagged_again = link
            .strip_prefix(['-', '–', '—'])
            .filter(|after| !spaces.is_empty() && after.starts_with(crate::text::is_space))
            .map(|after| space0_str(after).0)
            .and_then(|second| Some((second, crate::number::amount(second).ok()?.0)))
            .is_some_and(|(second, after_second)| tagged(second, after_second));
        tagged(input, after_first) && tagged_again || !link.starts_with(['-', '–', '—', '~'])
    };
    let ranged = marked(input, nothing_unless_range, &[]);
    let each_scaled =
        matches!(&ranged, Ok((_, m)) if matches!(m.amount, Amount::Range(..)) && m.first.scaled);
    let (after, m) = if each_scaled {
        // (`từ` opens no bound alone: the number is read from its digits.)
        match first_alone() {
            Ok((after_first, first)) if by_a_word(after_first) => Ok((after_first, first)),
            Ok(_) => ranged,
            Err(e) => Err(e),
        }
    } else {
        ranged.or_else(|_| first_alone())
    }
    .ok()?;
    let digits = after_qualifier(input);
    // `khoảng 15 giờ ngày 8/3`, `11-16 giờ`: clock times, read from their digits.
    // `digits` is a suffix of `input`: cut by its length, not by comparing the rest of the text.
    let before = without_last(input, digits.len())?;
    // The whole text before the digits, the qualifier included.
    let head = text.get(..text.len().saturating_sub(digits.len()));
    // (A label's number borrows no hour from the list after it: `học sinh lớp 1, 7 giờ`.)
    let labelled = || head.is_some_and(is_labelled);
    let hours =
        borrowed_hour(digits).is_some_and(|(r, _)| !is_duration(before, r, None)) && !labelled();
    // (The clock is asked of the whole text before, as the reader of counts asks it: `hẹn
    // khoảng 10 giờ thì xong` is an appointment's hour for both.)
    if hours || m.approx.is_some() && clock_time_at(text, digits) {
        return None;
    }
    // `vượt 5%`: a rate or an amount whose reader declined its qualifier; read it from the
    // digits instead.
    if crate::percent::percent_sign(after).is_some()
        || crate::money::currency_after(after).is_some()
            && !one_price_for_all(after)
            && !head.is_some_and(|head| street_abbreviated_after(head, digits))
    {
        return None;
    }
    // `8 rưỡi`: a half of what is not said (half past eight, as speech tells the time, or eight
    // and a half of what?). A scaled amount took its half from the scale if it could (`2,5
    // triệu rưỡi` is 2,5 triệu).
    if !m.first.scaled && crate::number::half_follows(after) {
        return None;
    }
    // `1/4`, `3/2024`: the number is part of a fraction or date the other readers decide; a
    // scaled one is none (`50k/4 tấm` is a price of four), nor a house's before its alley's
    // (`ở 112/5 Hoàng Hoa Thám`).
    let digits_at = after_qualifier(input);
    let house = || {
        let before = text
            .get(..text.len().saturating_sub(digits_at.len()))
            .unwrap_or_default();
        house_and_alley_numbers(before, digits_at)
    };
    if !m.first.scaled
        && !house()
        && after.starts_with('/')
        && after[1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    // `từ 2016 đến 2021`: a range of two years is a year, read from its digits.
    if let Amount::Range(low, high) = m.amount {
        let is_year = crate::period::is_year_of_the_record;
        if is_year(low) && is_year(high) && m.approx.is_none() {
            return None;
        }
    }
    let a = m.first;
    // (A range of two digit words and their place, `hai ba trăm triệu`, 200 to 300 million,
    // is a number, where a digit word alone is mostly something else.)
    let juxtaposed = matches!(m.amount, Amount::Range(_, high) if high >= Decimal::from(100));
    if a.digits.is_none() && a.words < 2 && !a.scaled && !juxtaposed {
        return None;
    }
    if a.digits.is_none() && is_capitalized(digits) && a.words < 2 && !scale_not_a_name(digits) {
        return None;
    }
    Some((after, m.amount, m.approx))
}
