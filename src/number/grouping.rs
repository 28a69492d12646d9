//! Digits and their separators: where a numeral written in digits ends, which separator is
//! the point, and its exact value. Offsets into the text are computed here under the crate's
//! deny of panicking and unchecked operations; each `allow` below says why its bound holds.

use super::Grouping;
use rust_decimal::Decimal;

/// The length of the run of ASCII digits at the start of `bytes`.
fn digit_run(bytes: &[u8]) -> usize {
    bytes.iter().take_while(|b| b.is_ascii_digit()).count()
}

/// A space that may group thousands (`1 328`): a plain, no-break or narrow no-break space.
fn grouping_space(bytes: &[u8]) -> usize {
    match bytes {
        [b' ', ..] => 1,
        [0xC2, 0xA0, ..] => 2,
        [0xE2, 0x80, 0xAF, ..] => 3,
        _ => 0,
    }
}

/// The separated groups of digits at the start of `bytes`: the length of the first run of
/// digits, each group after it (the separator, and where its digits start and end), and where
/// the last ends. Groups follow `.` or `,`, or else, after at most three digits, single spaces.
// Offsets into `bytes`: each sum is at most `bytes.len() + 1`, far below `usize::MAX`.
#[allow(clippy::arithmetic_side_effects)]
pub(super) fn numeral_groups(bytes: &[u8]) -> (usize, Vec<(u8, usize, usize)>, usize) {
    let first = digit_run(bytes);
    let mut groups: Vec<(u8, usize, usize)> = Vec::new();
    let mut end = first;
    if first == 0 {
        return (0, groups, 0);
    }
    while let [sep @ (b'.' | b','), next, ..] = bytes.get(end..).unwrap_or_default() {
        if !next.is_ascii_digit() {
            break;
        }
        let run = digit_run(bytes.get(end + 1..).unwrap_or_default());
        groups.push((*sep, end + 1, end + 1 + run));
        end += 1 + run;
    }
    if groups.is_empty() && first <= 3 {
        end = space_groups(bytes, first, &mut groups);
    }
    (first, groups, end)
}

/// Where the numeral written at the start of `input` ends, whether or not it reads as a value:
/// `79 228 162 514 264 337 593 543 950 336` is one numeral too large to read, and no part of
/// it (`228 162 …`) is a number of its own.
///
/// ```text
/// numeral_extent("1 000 000 đồng") == 9
/// ```
pub(crate) fn numeral_extent(input: &str) -> usize {
    numeral_groups(input.as_bytes()).2
}

/// Groups of exactly three digits after single spaces (`1 328`); returns the new end.
// Offsets into `bytes`: each sum is at most `bytes.len() + 3`, far below `usize::MAX`.
#[allow(clippy::arithmetic_side_effects)]
fn space_groups(bytes: &[u8], mut end: usize, groups: &mut Vec<(u8, usize, usize)>) -> usize {
    loop {
        let rest = bytes.get(end..).unwrap_or_default();
        let space = grouping_space(rest);
        if space == 0 {
            return end;
        }
        let digits = bytes.get(end + space..).unwrap_or_default();
        let run = digit_run(digits);
        let after = digits.get(run..).unwrap_or_default();
        let continues_otherwise =
            matches!(after, [b'.' | b',' | b'/' | b':' | b'-', d, ..] if d.is_ascii_digit());
        if run != 3 || continues_otherwise || starts_with_letter(after) && !dong_sign(after) {
            return end;
        }
        groups.push((b' ', end + space, end + space + 3));
        end += space + 3;
    }
}

/// Whether `bytes` opens with `đ` alone, the sign of đồng as a price tag glues it to the last
/// group (`25 000đ`, `1 250 000đ`): it ends the number as a space before it would, where a
/// word glued to the group (`162ồng`) makes it no group.
fn dong_sign(bytes: &[u8]) -> bool {
    ["đ", "Đ"].iter().any(|sign| {
        bytes
            .strip_prefix(sign.as_bytes())
            .is_some_and(|rest| !starts_with_letter(rest))
    })
}

/// Whether `bytes` (the rest of a `str` from a char boundary) starts with a letter or a
/// combining mark: `162ồng` and its NFD `162o\u{302}\u{300}ng` are glued alike. Decodes one
/// char only, so that a long run of groups stays linear.
fn starts_with_letter(bytes: &[u8]) -> bool {
    let head = bytes.get(..bytes.len().min(4)).unwrap_or_default();
    let valid = match std::str::from_utf8(head) {
        Ok(s) => s,
        Err(e) => {
            std::str::from_utf8(head.get(..e.valid_up_to()).unwrap_or_default()).unwrap_or_default()
        }
    };
    valid.chars().next().is_some_and(crate::text::is_word_char)
}

/// Reads the separators: where the decimal point is (the index of its group), and how the
/// numeral is grouped; `None` when they do not agree.
pub(super) fn interpret(
    bytes: &[u8],
    first: usize,
    groups: &[(u8, usize, usize)],
) -> Option<(Option<usize>, Grouping)> {
    let len = |g: &(u8, usize, usize)| g.2.saturating_sub(g.1);
    // No number grouped in thousands opens with a zero (`0.005` is a decimal, however its
    // point is written).
    let zero_first = first == 1 && bytes.first() == Some(&b'0');
    // Zero padding writes whole counts (`05 ngày`, `012 hộ`); a run of three or more digits
    // padded with a zero before a point is a group of a telephone number or a code
    // (`0292.3821`, `028.3822`), no amount. (Before a comma it pads a decimal of a form's
    // field, `025,50 điểm`.)
    let padded =
        first >= 3 && bytes.first() == Some(&b'0') && groups.first().is_some_and(|g| g.0 == b'.');
    match groups {
        [] => Some((None, Grouping::Plain)),
        _ if padded => None,
        [only]
            if only.0 != b' ' && (len(only) != 3 || only.0 == b',' || first > 3 || zero_first) =>
        {
            Some((Some(0), Grouping::Decimal))
        }
        _ => {
            if first > 3 {
                return None;
            }
            let grouper = groups.first()?.0;
            let decimal = if grouper == b',' { b'.' } else { b',' };
            let (last, body) = groups.split_last()?;
            let point =
                (last.0 == decimal && grouper != b' ' && !body.is_empty()).then_some(body.len());
            let grouped = if point.is_some() { body } else { groups };
            let consistent = grouped.iter().all(|g| g.0 == grouper && len(g) == 3);
            // English grouping needs two groups (or a point) before we believe it: a lone
            // `,ddd` was handled above as the point.
            (consistent && (grouper != b',' || grouped.len() >= 2 || point.is_some()))
                .then_some((point, Grouping::Thousands))
        }
    }
}

/// The decimal of the digits in `text`, the point before group `point` (counting separators);
/// `None` on overflow.
pub(super) fn decimal_from_digits(text: &str, point: Option<usize>) -> Option<Decimal> {
    let mut mantissa: i128 = 0;
    let mut scale: u32 = 0;
    let mut separators = 0;
    let mut after_point = false;
    for b in text.bytes() {
        if b.is_ascii_digit() {
            if after_point && mantissa == 0 && b == b'0' && scale >= 28 {
                continue;
            }
            mantissa = mantissa
                .checked_mul(10)?
                .checked_add(i128::from(b.checked_sub(b'0')?))?;
            if after_point {
                scale = scale.checked_add(1)?;
            }
        } else if matches!(b, b'.' | b',' | b' ' | 0xC2 | 0xE2) {
            // A separator: one byte, or the first byte of a (narrow) no-break space.
            if point == Some(separators) {
                after_point = true;
            }
            separators = separators.checked_add(1)?;
        }
    }
    if scale > 28 || mantissa > MAX_MANTISSA {
        return None;
    }
    Some(Decimal::from_i128_with_scale(mantissa, scale))
}

/// The largest mantissa a `Decimal` holds.
const MAX_MANTISSA: i128 = 79_228_162_514_264_337_593_543_950_335;
