//! Where entities may start: the words that open one, and which readers each may open.

use super::*;

/// The readers, as bits of a mask: which may start at a position.
pub(super) mod readers {
    pub const DATE: u32 = 1;
    pub const TIME: u32 = 1 << 1;
    pub const MONTH: u32 = 1 << 2;
    pub const QUARTER: u32 = 1 << 3;
    pub const YEAR: u32 = 1 << 4;
    pub const ADMIN: u32 = 1 << 5;
    pub const PHONE: u32 = 1 << 6;
    pub const DOCNUM: u32 = 1 << 7;
    pub const MONEY: u32 = 1 << 8;
    pub const PERCENT: u32 = 1 << 9;
    pub const QUANTITY: u32 = 1 << 10;
    pub const RATIO: u32 = 1 << 11;
    pub const ORDINAL: u32 = 1 << 12;
    pub const NUMBER: u32 = 1 << 13;
    /// The hour after a part of the day (`chiều 3h`), a time read from the part's word.
    pub const HOUR_OF_A_PART: u32 = 1 << 14;
    /// A grade or a kind numbered in Roman after its label (`loại II`, `cấp V`).
    pub const GRADE: u32 = 1 << 15;
    /// A festival of the lunar calendar named with its year (`Tết Trung thu 2024`).
    pub const FESTIVAL: u32 = 1 << 16;
    /// Everything an amount can open: a qualifier, a sign, a number word.
    pub const AMOUNT: u32 = MONEY | PERCENT | QUANTITY | NUMBER;
    /// Everything digits can open.
    pub const DIGITS: u32 = DATE | TIME | YEAR | PHONE | DOCNUM | AMOUNT | RATIO;
}

use readers::*;

/// The words that open an entity, and the readers that may start at them.
pub(super) const TRIGGER_WORDS: &[(&str, u32)] = &[
    // Signs and range openers before an amount; the qualifiers (`trên`, `khoảng`, `ít nhất`,
    // …) come from the qualifier table of `crate::number`, the currency codes from
    // `crate::currency`. `tối` opens a qualifier (`tối đa`) and a part of the day.
    ("tối", DATE | HOUR_OF_A_PART),
    ("từ", AMOUNT | DATE),
    ("âm", AMOUNT),
    // Number words; those an hour may open (`chín giờ sáng`) open a time too.
    ("một", AMOUNT | TIME),
    ("mốt", AMOUNT),
    ("hai", AMOUNT | TIME),
    ("ba", AMOUNT | TIME),
    ("bốn", AMOUNT | TIME),
    ("tư", AMOUNT),
    ("năm", AMOUNT | YEAR | TIME),
    ("lăm", AMOUNT),
    ("nhăm", AMOUNT),
    ("sáu", AMOUNT | TIME),
    ("bảy", AMOUNT | TIME),
    ("bẩy", AMOUNT | TIME),
    ("tám", AMOUNT | TIME),
    ("chín", AMOUNT | TIME),
    ("mười", AMOUNT | TIME),
    // The common misspellings of `mười` (`muời lăm đồng`).
    ("muời", AMOUNT | TIME),
    ("mừoi", AMOUNT | TIME),
    ("chục", AMOUNT),
    // `trăm rưỡi`, `trăm mốt`: a hundred with its one implied, as the larger scales.
    ("trăm", AMOUNT),
    ("nghìn", AMOUNT),
    ("ngàn", AMOUNT),
    ("triệu", AMOUNT),
    ("tỷ", AMOUNT),
    ("tỉ", AMOUNT),
    // Ordinals.
    ("lần", ORDINAL),
    ("khóa", ORDINAL),
    ("khoá", ORDINAL),
    ("đại", ORDINAL),
    ("thế", ORDINAL),
    ("thứ", ORDINAL | DATE),
    ("đợt", ORDINAL),
    // A term of a school year (`học kỳ II`).
    ("học", ORDINAL),
    // Days, parts of the day (which open the hour after them too), weekdays, holidays.
    ("ngày", DATE),
    ("hôm", DATE),
    ("mùng", DATE),
    ("mồng", DATE),
    ("rạng", DATE | HOUR_OF_A_PART),
    ("sáng", DATE | HOUR_OF_A_PART),
    ("trưa", DATE | HOUR_OF_A_PART),
    ("chiều", DATE | HOUR_OF_A_PART),
    ("đêm", DATE | HOUR_OF_A_PART),
    ("khuya", DATE | HOUR_OF_A_PART),
    ("chủ", DATE),
    ("chúa", DATE),
    ("cn", DATE),
    ("t", DATE),
    ("tết", DATE),
    ("rằm", DATE),
    // Months, quarters, years.
    ("tháng", MONTH),
    ("thg", MONTH),
    ("quý", QUARTER),
    // A quarter's Roman number after a quarter, its cue written once (`quý I và II/2024`).
    ("i", QUARTER),
    ("ii", QUARTER),
    ("iii", QUARTER),
    ("iv", QUARTER),
    ("quí", QUARTER),
    ("q", QUARTER | ADMIN),
    ("giai", YEAR),
    ("thời", YEAR),
    ("nhiệm", YEAR),
    ("niên", YEAR),
    ("mùa", YEAR),
    ("sn", YEAR),
    // Administrative units.
    ("tỉnh", ADMIN),
    ("thành", ADMIN),
    ("quận", ADMIN),
    ("huyện", ADMIN),
    ("thị", ADMIN),
    ("phường", ADMIN),
    ("xã", ADMIN),
    ("đặc", ADMIN),
    ("khu", ADMIN),
    ("tổ", ADMIN),
    ("thôn", ADMIN),
    ("ấp", ADMIN),
    ("tp", ADMIN),
    ("tx", ADMIN),
    ("tt", ADMIN),
    ("h", ADMIN),
    ("p", ADMIN),
    ("x", ADMIN),
    ("tphcm", ADMIN),
];

/// [`TRIGGER_WORDS`] by folded word, built once.
///
/// Sorted by [`crate::text::fold_hash`], searched by halves: a word is hashed once, in one pass,
/// and never copied (two words with one hash would only make the readers try, and fail).
pub(super) fn triggers() -> &'static [(u64, u32)] {
    static TRIGGERS: OnceLock<Vec<(u64, u32)>> = OnceLock::new();
    TRIGGERS.get_or_init(|| {
        let mut table: Vec<(u64, u32)> = TRIGGER_WORDS
            .iter()
            .map(|&(w, mask)| (fold_hash(w), mask))
            .chain(crate::currency::opener_hashes().iter().map(|&h| (h, MONEY)))
            .chain(crate::number::qualifier_openers().map(|w| (fold_hash(w), AMOUNT)))
            // Labels of a grade numbered in Roman (`cảng cá loại II`, `khu vực III`), by their
            // first word, from their reader's table.
            // Festivals named with their year (`Tết Trung thu 2024`), by the first word of their
            // names, from the table of festivals (not the Kitchen Gods', which its reader
            // leaves: `ông` opens too many words to try it there).
            .chain(
                crate::date::FESTIVALS
                    .iter()
                    .filter(|&&(.., holiday)| holiday != crate::date::Holiday::OngCongOngTao)
                    .map(|&(words, ..)| {
                        let first = split_word(words).map_or(words, |(word, _)| word);
                        (fold_hash(first), FESTIVAL)
                    }),
            )
            .chain(GRADES.iter().map(|label| {
                let first = split_word(label).map_or(*label, |(word, _)| word);
                (fold_hash(first), GRADE)
            }))
            .collect();
        table.sort_unstable();
        // A word that opens more than one (`tối`: `tối đa`, `tối nay`) opens every reader of
        // each.
        table.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 |= later.1;
            }
            same
        });
        table
    })
}

/// The readers a word may open, if it is a trigger, by its [`fold_hash`].
pub(super) fn trigger_mask(hash: u64) -> Option<u32> {
    let table = triggers();
    table
        .binary_search_by_key(&hash, |&(h, _)| h)
        .ok()
        .and_then(|i| table.get(i))
        .map(|&(_, mask)| mask)
}
