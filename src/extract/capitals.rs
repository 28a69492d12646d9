//! Lines written all in capitals (`TỔNG SỐ HỘ TRONG THÔN 186 HỘ`, a headline, a notice's
//! title): read as the same line in lower case, so that any letter case reads the same
//! (ENTITIES.md), but for the names of units, which only capitals tell from common words and
//! are read from the line with every word capitalized (`Thôn Phú Mỹ, Xã Tân Lập`).
//!
//! Either case is written letter for letter in the same number of bytes (every Vietnamese
//! letter is), so the spans of the line rewritten are the spans of the line as written.

use super::{Entity, Value};

/// How many words with letters a line needs to be told written in capitals: fewer are an
/// abbreviation or a code (`UBND TỈNH`, `SĐT: 0903`), which the rules read as written.
const WORDS_OF_A_LINE: usize = 3;

/// The longest line told written in capitals: a headline or a title. A longer one is read as
/// written, so that the work a line costs is bounded; and a stream, which cuts only a line
/// longer than its piece (256 KiB, unless set under this), reads every line it is told of
/// whole, as the whole text does.
const BYTES_OF_A_LINE: usize = 1024;

/// Whether `line` is written in capitals: no lower-case letter, and words enough. (An ASCII
/// lower-case letter, found in the first few bytes of nearly every line, answers first.)
pub(super) fn in_capitals(line: &str) -> bool {
    if line.len() > BYTES_OF_A_LINE
        || line.bytes().any(|b| b.is_ascii_lowercase())
        || line.chars().any(char::is_lowercase)
    {
        return false;
    }
    // (Words of letters and their marks, counted by their letters: NFC and NFD alike.)
    let words = line
        .split(|c: char| !(c.is_alphabetic() || crate::text::is_word_char(c)))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    words >= WORDS_OF_A_LINE
}

/// `c` as `case` writes it, where that has one letter of as many bytes; else `c`.
fn recased<I: Iterator<Item = char>>(c: char, case: impl Fn(char) -> I) -> char {
    let mut cased = case(c);
    match (cased.next(), cased.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// `line` in lower case, letter for letter (see [`recased`]), but for the words that are
/// written in capitals in any line: Roman numerals (`QUÝ III`, `KHÓA XIII`), the lunar
/// calendar's `AL`, the codes of currencies (`VNĐ`, `USD`), where not glued after digits
/// (`35M` is lowered), and the symbol of a document after its number (`12/2025/HĐMB`).
pub(super) fn lowered(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let word_len = rest
            .char_indices()
            .find(|&(_, c)| !crate::text::is_word_char(c))
            .map_or(rest.len(), |(i, _)| i);
        let (word, after) = rest.split_at(word_len.max(c.len_utf8()));
        // (Letters glued after digits are a unit or a scale, `35M`, `19G`: lowered.)
        let after_digits = out.ends_with(|c: char| c.is_ascii_digit());
        // (A few capitals glued before digits, or before a point and digits, are an
        // abbreviation with its number, written so in any line: `Q3/2024`, a quarter; `T12`,
        // `VTV1`; `P.3`, `Q.10`, a ward and a district.)
        let numbers_on = |r: &str| r.starts_with(|c: char| c.is_ascii_digit());
        let numbered = (1..=3).contains(&word.len())
            && word.bytes().all(|b| b.is_ascii_uppercase())
            && (numbers_on(after) || after.strip_prefix('.').is_some_and(numbers_on));
        // (The symbol of a document after its number and a slash, its parts joined by dashes,
        // is written in capitals in any line: `SỐ 12/2025/HĐMB`, `123/QĐ-UBND`.)
        let token = out.rsplit(char::is_whitespace).next().unwrap_or_default();
        let a_symbol = token.ends_with(['/', '-'])
            && token.starts_with(|c: char| c.is_ascii_digit())
            && token.contains('/');
        if word_len > 0 && !after_digits && (numbered || a_symbol || kept_in_capitals(word)) {
            out.push_str(word);
        } else {
            out.extend(word.chars().map(|c| recased(c, char::to_lowercase)));
        }
        rest = after;
    }
    out
}

/// Whether `word` is written in capitals whatever the line: a Roman numeral, `AM` or `PM`,
/// the lunar calendar's `AL`, or a currency's code of a few letters (counted as letters, marks
/// aside, so that NFC and NFD keep the same words).
fn kept_in_capitals(word: &str) -> bool {
    let roman = word
        .bytes()
        .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'));
    let code = || {
        word.chars().filter(|c| c.is_alphabetic()).count() <= 4
            && crate::currency::after_amount(word).is_some_and(|(_, rest)| rest.is_empty())
    };
    // (`AL`, `ÂL`: the lunar calendar after a day, `18/2 (AL)`.)
    let lunar = crate::date::is_lunar_abbreviation(word);
    roman || lunar || matches!(word, "AM" | "PM") || code()
}

/// `line` with each word's first letter a capital and the rest lower case, letter for letter
/// (see [`recased`]): as names are written.
pub(super) fn capitalized(line: &str) -> String {
    let mut after_a_letter = false;
    line.chars()
        .map(|c| {
            let first = !after_a_letter;
            after_a_letter = c.is_alphabetic() || crate::text::is_word_char(c);
            if first {
                recased(c, char::to_uppercase)
            } else {
                recased(c, char::to_lowercase)
            }
        })
        .collect()
}

/// The most words the name of a village has, read from capitals where no gazetteer lists it:
/// past them the words are the headline's (`THÔN PHÚ MỸ ĐƯỢC CÔNG NHẬN` is no village of that
/// name).
const WORDS_OF_A_VILLAGE: usize = 2;

/// The entities of a line in capitals: those read in lower case (`low`), and the units named
/// by words that the line with its words capitalized read (`named`) where nothing of `low`
/// stands: a unit the gazetteer knows, or a village of a short name (every word of a headline
/// is capitalized, and would go on any name the gazetteer cannot end: `THÀNH PHỐ THÔNG MINH
/// ĐƯỢC DUYỆT` names no city). Both are in the line's order; so is the result.
pub(super) fn merged(low: Vec<Entity>, named: Vec<Entity>) -> Vec<Entity> {
    // (A day read in lower case stands where the capitalized line reads one there too: with
    // its words capitalized, a day and month inside a name are the name's, `NHÀ MÁY DỆT 8
    // THÁNG 3` is a factory, as `Nhà máy Dệt 8 Tháng 3` is.)
    // (The days read capitalized are disjoint and in order: the first ending after a day's
    // start is found by halving, and overlaps it if it starts before its end.)
    let dated = |e: &Entity| matches!(e.value, Value::Date(_));
    let days: Vec<std::ops::Range<usize>> = named
        .iter()
        .filter(|e| dated(e))
        .map(|e| e.span.clone())
        .collect();
    let read_there_too = |e: &Entity| {
        let first = days.partition_point(|d| d.end <= e.span.start);
        days.get(first).is_some_and(|d| d.start < e.span.end)
    };
    let low: Vec<Entity> = low
        .into_iter()
        .filter(|e| !dated(e) || read_there_too(e))
        .collect();
    // (A count of a noun no lexicon knows that opens with a family name, where the line
    // capitalized reads a bare number at its place, is a number before a name: `215 TRẦN HƯNG
    // ĐẠO` is a house on a street named for a man, as `215 Trần Hưng Đạo` is, no count of `trần
    // hưng`; `7 DẤU HIỆU` counts signs.)
    let numbers: Vec<usize> = named
        .iter()
        .filter(|e| matches!(e.value, Value::Number { .. }))
        .map(|e| e.span.start)
        .collect();
    // (And a day the line capitalized reads with its holiday's name stands over a ratio or a
    // day read in lower case, where the name was no name: `GIÁNG SINH 25/12 CỬA HÀNG MỞ CỬA`.)
    let low: Vec<Entity> = low
        .into_iter()
        .map(|e| match &e.value {
            Value::Ratio(_) | Value::Date(_) => {
                let holiday = |v: &Value| matches!(v, Value::Date(d) if d.holiday.is_some());
                named_at(&named, e.span.start, holiday).unwrap_or(e)
            }
            Value::Quantity(q)
                if opens_with_a_family_name(&q.unit)
                    && !known_noun(&q.unit)
                    && numbers.binary_search(&e.span.start).is_ok() =>
            {
                let number = |v: &Value| matches!(v, Value::Number { .. });
                named_at(&named, e.span.start, number).unwrap_or(e)
            }
            _ => e,
        })
        .collect();
    let named = named.into_iter().filter(|e| match &e.value {
        Value::Admin(unit) => {
            // (No word of grammar in it, which the headline goes on with: `THÔN TÂN PHƯỚC
            // CÓ 35 THÀNH VIÊN`.)
            let a_village = unit.level == crate::admin::AdminLevel::Village
                && unit.name.split(' ').count() <= WORDS_OF_A_VILLAGE
                && !unit.name.split(' ').any(|w| {
                    crate::quantity::is_grammar_word(&crate::text::compose(w).to_lowercase())
                });
            !unit.is_numbered() && (!unit.matches.is_empty() || a_village)
        }
        _ => false,
    });
    let named: Vec<Entity> = named.collect();
    // (A unit read as written stands over what the lower case read in its place, a unit of a
    // lower-case name or a count inside the name. Both lists go in order, and are walked
    // together once.)
    let mut all = Vec::with_capacity(low.len().saturating_add(named.len()));
    let mut named = named.into_iter().peekable();
    let mut last_named_end = 0;
    for e in low {
        while let Some(n) = named.next_if(|n| n.span.start < e.span.end) {
            last_named_end = last_named_end.max(n.span.end);
            all.push(n);
        }
        let overlapped = last_named_end > e.span.start
            || named.peek().is_some_and(|n| n.span.start < e.span.end);
        if !overlapped {
            all.push(e);
        }
    }
    all.extend(named);
    all.sort_by_key(|e| e.span.start);
    all
}

/// Whether `unit` opens with a family name that is no common word too (`trần hưng`, `hoàng
/// văn`; not `lê`, a pear, nor `hồ`, a lake): the name of a person, or of a street named for one.
fn opens_with_a_family_name(unit: &str) -> bool {
    const FAMILY_NAMES: &[&str] = &[
        "nguyễn", "trần", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "lý",
        "đinh", "trịnh", "lương", "trương", "lâm",
    ];
    let first = unit.split(' ').next().unwrap_or(unit);
    unit.contains(' ') && crate::text::word_in(first, FAMILY_NAMES)
}

/// Whether `unit` opens with a noun of the lexicon (`hộ`, `con bò`, `chiếc xe`).
fn known_noun(unit: &str) -> bool {
    crate::quantity::Units::shared().longest(unit).is_some()
}

/// The entity that `named`, in order, reads at `start`, if it reads one there whose value is
/// `wanted`.
fn named_at(named: &[Entity], start: usize, wanted: impl Fn(&Value) -> bool) -> Option<Entity> {
    let i = named.partition_point(|e| e.span.start < start);
    named
        .get(i)
        .filter(|e| e.span.start == start && wanted(&e.value))
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_in_capitals_have_enough_letters_and_no_lower_case() {
        assert!(in_capitals("TỔNG SỐ HỘ TRONG THÔN 186 HỘ."));
        assert!(in_capitals("NGÀY UỐNG 2-3 LẦN."));
        assert!(!in_capitals("UBND TỈNH"));
        assert!(!in_capitals("TỔNG SỐ HỘ TRONG thôn 186 HỘ."));
        assert!(!in_capitals("Tổng số hộ trong thôn 186 hộ."));
    }

    #[test]
    fn lower_case_keeps_every_byte_offset() {
        let line = "ĐOÀN GIÀNH 29 VÀNG – THÔN ĐÔNG, QUÝ III, 500 VNĐ, CAO 35M";
        let low = lowered(line);
        assert_eq!(
            low,
            "đoàn giành 29 vàng – thôn đông, quý III, 500 VNĐ, cao 35m"
        );
        assert_eq!(low.len(), line.len());
    }

    #[test]
    fn capitalized_words_keep_every_byte_offset() {
        let line = "LỄ TẠI THÔN PHÚ MỸ, XÃ ĐÔNG HÒA";
        let named = capitalized(line);
        assert_eq!(named, "Lễ Tại Thôn Phú Mỹ, Xã Đông Hòa");
        assert_eq!(named.len(), line.len());
    }
}
