//! Every kind of value refuses bad input with one exact message, the specification of the
//! errors: where reading stopped (in characters and in bytes), the text around that place with
//! the place marked `‸`, and what could have stood there for that input. Grouped by kind; each
//! table also checks, through `offsets_and_windows_agree`, what every error promises.

use proptest::prelude::*;
use std::fmt::Debug;
use std::str::FromStr;
use vnparse::gazetteer::Code;
use vnparse::*;

/// Inputs and the exact message each gives.
type Table = &'static [(&'static str, &'static str)];

/// How a table's inputs are read: to the error each gives.
type Reader = fn(&str) -> Error;

/// How any input is read: to the error it gives, if any.
type Maybe = fn(&str) -> Option<Error>;

/// The error `input` gives as a `T`, if it gives one.
fn maybe_error<T: FromStr<Err = Error>>(input: &str) -> Option<Error> {
    input.parse::<T>().err()
}

/// The error `input` gives as a `T`.
fn error_of<T: FromStr<Err = Error> + Debug>(input: &str) -> Error {
    match input.parse::<T>() {
        Ok(value) => panic!("{input:?} was read as {value:?}"),
        Err(e) => e,
    }
}

/// Each input of `cases` gives exactly its message as a `T`.
fn check<T: FromStr<Err = Error> + Debug>(cases: &[(&str, &str)]) {
    for (input, message) in cases {
        assert_eq!(error_of::<T>(input).to_string(), *message, "{input:?}");
    }
}

/// An amount of money: a digit after `1.`, a currency after a complete amount, an amount after a qualifier, a currency written first or a range word, the unit of a price after its `/`.
const MONEY: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected an amount of money such as `1,5 tỷ đồng`"),
    ("   ", "at char 0 (byte 0): empty input, expected an amount of money such as `1,5 tỷ đồng`"),
    ("1..2 triệu đồng", "at char 2 (byte 2) in `1.‸.2 triệu đồng`: unexpected `.`, expected a digit"),
    ("1.", "at char 2 (byte 2) in `1.‸`: unexpected end of input, expected a digit"),
    ("5 triệu", "at char 7 (byte 9) in `5 triệu‸`: unexpected end of input, expected a currency such as `đồng`, `VND`, `USD` or `$`"),
    ("khoảng 1,5 tỷ", "at char 13 (byte 17) in `khoảng 1,5 tỷ‸`: unexpected end of input, expected a currency such as `đồng`, `VND`, `USD` or `$`"),
    ("5 triệu đồng đồng", "at char 12 (byte 17) in `5 triệu đồng‸ đồng`: unexpected trailing text ` đồng`"),
    ("99999999999999999999999999999 tỷ đồng", "at char 0 (byte 0) in `‸9999999999999999…`: the amount is too large"),
    ("abc", "at char 0 (byte 0) in `‸abc`: unexpected `a`, expected an amount of money such as `1,5 tỷ đồng`"),
    (
        "USD",
        "at char 3 (byte 3) in `USD‸`: unexpected end of input, expected an amount such as `500.000` or `1,5 tỷ`",
    ),
    ("$", "at char 1 (byte 1) in `$‸`: unexpected end of input, expected an amount such as `500.000` or `1,5 tỷ`"),
    ("US$ x", "at char 4 (byte 4) in `US$ ‸x`: unexpected `x`, expected an amount such as `500.000` or `1,5 tỷ`"),
    ("từ 5 đến", "at char 8 (byte 13) in `từ 5 đến‸`: unexpected end of input, expected an amount such as `500.000` or `1,5 tỷ`"),
    ("5 -", "at char 3 (byte 3) in `5 -‸`: unexpected end of input, expected an amount such as `500.000` or `1,5 tỷ`"),
    ("trên", "at char 4 (byte 5) in `trên‸`: unexpected end of input, expected an amount such as `500.000` or `1,5 tỷ`"),
    ("5 triệu đồng/", "at char 13 (byte 18) in `5 triệu đồng/‸`: unexpected end of input, expected the unit the price is for, such as `tháng` or `m2`"),
    ("1,", "at char 2 (byte 2) in `1,‸`: unexpected end of input, expected a digit"),
    ("5 đồng chí", "at char 2 (byte 2) in `5 ‸đồng chí`: unexpected `đ`, expected a currency such as `đồng`, `VND`, `USD` or `$`"),
    ("mười lăm nghìn", "at char 14 (byte 19) in `mười lăm nghìn‸`: unexpected end of input, expected a currency such as `đồng`, `VND`, `USD` or `$`"),
    ("giá\nkhoảng 2 tỷ", "at char 0 (byte 0) in `‸giá\\nkhoảng 2 tỷ`: unexpected `g`, expected an amount of money such as `1,5 tỷ đồng`"),
];

/// A number in digits or words.
const NUMBER: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected a number such as `1.337`, `27 tỉ` or `hai mươi mốt`"),
    ("\t", "at char 0 (byte 0): empty input, expected a number such as `1.337`, `27 tỉ` or `hai mươi mốt`"),
    ("1..2", "at char 2 (byte 2) in `1.‸.2`: unexpected `.`, expected a digit"),
    ("abc", "at char 0 (byte 0) in `‸abc`: unexpected `a`, expected a number such as `1.337`, `27 tỉ` or `hai mươi mốt`"),
    ("12 con mèo", "at char 2 (byte 2) in `12‸ con mèo`: unexpected trailing text ` con mèo`"),
    ("99999999999999999999999999999 tỷ", "at char 0 (byte 0) in `‸9999999999999999…`: the amount is too large"),
    ("hai mươi x", "at char 8 (byte 10) in `hai mươi‸ x`: unexpected trailing text ` x`"),
    ("Năm mươi tỷ tỷ tỷ tỷ", "at char 0 (byte 0) in `‸Năm mươi tỷ tỷ t…`: the amount is too large"),
];

/// A percentage: after its amount, the sign.
const PERCENT: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected a percentage such as `7,22%`"),
    ("5", "at char 1 (byte 1) in `5‸`: unexpected end of input, expected `%` or `phần trăm`"),
    ("abc%", "at char 0 (byte 0) in `‸abc%`: unexpected `a`, expected a percentage such as `7,22%`"),
    ("5 phần", "at char 2 (byte 2) in `5 ‸phần`: unexpected `p`, expected `%` or `phần trăm`"),
    ("khoảng 7,2", "at char 10 (byte 12) in `khoảng 7,2‸`: unexpected end of input, expected `%` or `phần trăm`"),
    ("7,22%%", "at char 5 (byte 5) in `7,22%‸%`: unexpected trailing text `%`"),
];

/// A count: after its amount, what it counts.
const QUANTITY: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected a number and what it counts, such as `54.205 đối tượng`"),
    ("5", "at char 1 (byte 1) in `5‸`: unexpected end of input, expected what it counts, such as `người`, `hộ` or `kg`"),
    ("khoảng", "at char 6 (byte 8) in `khoảng‸`: unexpected end of input, expected an amount such as `54.205`"),
    ("1..2 người", "at char 2 (byte 2) in `1.‸.2 người`: unexpected `.`, expected a digit"),
];

/// A ratio: the `/` after the first number, the second number after it.
const RATIO: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected a ratio such as `10/10 phường`"),
    ("5", "at char 1 (byte 1) in `5‸`: unexpected end of input, expected `/` and a second number, as in `10/10`"),
    ("5/", "at char 2 (byte 2) in `5/‸`: unexpected end of input, expected a number after `/`"),
    ("5 / x", "at char 4 (byte 4) in `5 / ‸x`: unexpected `x`, expected a number after `/`"),
    ("1..2/3 hộ", "at char 2 (byte 2) in `1.‸.2/3 hộ`: unexpected `.`, expected a digit"),
];

/// An ordinal: after its cue word, the rank (after `khóa`, a Roman numeral).
const ORDINAL: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected an ordinal such as `lần thứ IV`"),
    ("thứ", "at char 3 (byte 5) in `thứ‸`: unexpected end of input, expected a rank: a number, a Roman numeral such as `IV`, or `nhất`"),
    ("lần thứ", "at char 7 (byte 11) in `lần thứ‸`: unexpected end of input, expected a rank: a number, a Roman numeral such as `IV`, or `nhất`"),
    ("khóa", "at char 4 (byte 5) in `khóa‸`: unexpected end of input, expected a Roman numeral such as `XIII`"),
    ("thứ x", "at char 4 (byte 6) in `thứ ‸x`: unexpected `x`, expected a rank: a number, a Roman numeral such as `IV`, or `nhất`"),
    ("lần thứ IV x", "at char 10 (byte 14) in `lần thứ IV‸ x`: unexpected trailing text ` x`"),
];

/// A date: a day that cannot exist says so; else the day after its cue, the month after the day, the year after the month.
const DATE: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected a date such as `10/03/2023` or `ngày 15 tháng 3`"),
    ("31/02/2023", "at char 0 (byte 0) in `‸31/02/2023`: day 31 does not exist in February 2023"),
    ("ngày 31/02", "at char 5 (byte 6) in `ngày ‸31/02`: day 31 does not exist in February"),
    ("Thứ Tư, ngày 31/02/2023", "at char 13 (byte 17) in `Thứ Tư, ngày ‸31/02/2023`: day 31 does not exist in February 2023"),
    ("32/01/2023", "at char 0 (byte 0) in `‸32/01/2023`: day 32 does not exist in January 2023"),
    ("10/13/2023", "at char 0 (byte 0) in `‸10/13/2023`: month 13 does not exist"),
    ("10/", "at char 3 (byte 3) in `10/‸`: unexpected end of input, expected a month from 1 to 12"),
    ("10/03/", "at char 6 (byte 6) in `10/03/‸`: unexpected end of input, expected a year such as `2023`"),
    ("10.03.x", "at char 6 (byte 6) in `10.03.‸x`: unexpected `x`, expected a year such as `2023`"),
    ("ngày", "at char 4 (byte 5) in `ngày‸`: unexpected end of input, expected a day such as `25/11` or `15 tháng 3`"),
    ("ngày x", "at char 5 (byte 6) in `ngày ‸x`: unexpected `x`, expected a day such as `25/11` or `15 tháng 3`"),
    ("10/03/2023 x", "at char 10 (byte 10) in `10/03/2023‸ x`: unexpected trailing text ` x`"),
    ("Thứ sáu,", "at char 8 (byte 11) in `Thứ sáu,‸`: unexpected end of input, expected a day such as `25/11` or `15 tháng 3`"),
    ("29/02/2023", "at char 0 (byte 0) in `‸29/02/2023`: day 29 does not exist in February 2023"),
    ("Tết Giáp Thìn 2023", "at char 0 (byte 0) in `‸Tết Giáp Thìn 20…`: Giáp Thìn is not the name of 2023 (Quý Mão)"),
];

/// A time of day: the hour, minutes and seconds that exist.
const TIME: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected a time such as `17:30` or `8 giờ sáng`"),
    ("25:00", "at char 0 (byte 0) in `‸25:00`: unexpected `2`, expected an hour from 0 to 24"),
    ("17:60", "at char 3 (byte 3) in `17:‸60`: unexpected `6`, expected minutes from 00 to 59"),
    ("17:", "at char 3 (byte 3) in `17:‸`: unexpected end of input, expected minutes from 00 to 59"),
    ("17:15:61", "at char 6 (byte 6) in `17:15:‸61`: unexpected `6`, expected seconds from 00 to 59"),
    ("giờ", "at char 0 (byte 0) in `‸giờ`: unexpected `g`, expected a time such as `17:30` or `8 giờ sáng`"),
    ("8 giờ x", "at char 5 (byte 7) in `8 giờ‸ x`: unexpected trailing text ` x`"),
];

/// A month: its number or name after `tháng`, a year after its `/`.
const MONTH: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected a month such as `tháng 02/2023`"),
    ("tháng", "at char 5 (byte 6) in `tháng‸`: unexpected end of input, expected a month from 1 to 12, or its name such as `Sáu`"),
    ("tháng 13", "at char 6 (byte 7) in `tháng ‸13`: unexpected `1`, expected a month from 1 to 12, or its name such as `Sáu`"),
    ("tháng 2/", "at char 8 (byte 9) in `tháng 2/‸`: unexpected end of input, expected a year such as `2023`"),
    ("tháng x", "at char 6 (byte 7) in `tháng ‸x`: unexpected `x`, expected a month from 1 to 12, or its name such as `Sáu`"),
    ("tháng Sáu x", "at char 9 (byte 11) in `tháng Sáu‸ x`: unexpected trailing text ` x`"),
];

/// A quarter: its number after `quý`, a year after its `/`.
const QUARTER: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected a quarter such as `quý II/2023`"),
    ("quý", "at char 3 (byte 4) in `quý‸`: unexpected end of input, expected a quarter number (I–IV or 1–4)"),
    ("quý V", "at char 4 (byte 5) in `quý ‸V`: unexpected `V`, expected a quarter number (I–IV or 1–4)"),
    ("quý 5", "at char 4 (byte 5) in `quý ‸5`: unexpected `5`, expected a quarter number (I–IV or 1–4)"),
    ("quý II/", "at char 7 (byte 8) in `quý II/‸`: unexpected end of input, expected a year such as `2023`"),
    ("quý II/2023 x", "at char 11 (byte 12) in `quý II/2023‸ x`: unexpected trailing text ` x`"),
];

/// A year: four digits after its cue.
const YEAR: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected a year such as `năm 2022`"),
    ("năm", "at char 3 (byte 4) in `năm‸`: unexpected end of input, expected a year of four digits, such as `2022`"),
    ("năm x", "at char 4 (byte 5) in `năm ‸x`: unexpected `x`, expected a year of four digits, such as `2022`"),
    ("năm 2022 x", "at char 8 (byte 9) in `năm 2022‸ x`: unexpected trailing text ` x`"),
    ("năm 99999999999", "at char 4 (byte 5) in `năm ‸99999999999`: unexpected `9`, expected a year of four digits, such as `2022`"),
    ("giai đoạn", "at char 9 (byte 12) in `giai đoạn‸`: unexpected end of input, expected a year of four digits, such as `2022`"),
];

/// An administrative unit: a name after its type.
const ADMIN_UNIT: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected an administrative unit such as `huyện Gia Viễn`"),
    ("tỉnh", "at char 4 (byte 6) in `tỉnh‸`: unexpected end of input, expected the name of the unit after its type"),
    (" TP. ", "at char 4 (byte 4) in ` TP.‸ `: unexpected end of input, expected the name of the unit after its type"),
    ("tp Nam Sang", "at char 3 (byte 3) in `tp ‸Nam Sang`: unexpected `N`, expected the name of a city the gazetteer knows (or `TP` before any name)"),
    ("tỉnh Hà Giang x", "at char 13 (byte 16) in `tỉnh Hà Giang‸ x`: unexpected trailing text ` x`"),
    ("xyz", "at char 0 (byte 0) in `‸xyz`: unexpected `x`, expected an administrative unit such as `huyện Gia Viễn`"),
];

/// An address: a unit in it, in order, and a part after each separator.
const ADDRESS: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected an address such as `56 Lê Duẩn, phường 3, thành phố Sóc Trăng`"),
    ("56 Lê Duẩn", "at char 0 (byte 0) in `‸56 Lê Duẩn`: `56 Lê Duẩn` names no commune, district or province"),
    ("12 Lê Lợi; ; quận 1", "at char 11 (byte 14) in `12 Lê Lợi; ‸; quận 1`: unexpected `;`, expected the next part of the address, such as `quận 5`"),
    ("phường 3, quận 5,", "at char 17 (byte 22) in `…hường 3, quận 5,‸`: unexpected end of input, expected the next part of the address, such as `quận 5`"),
    ("quận 5, phường 3", "at char 8 (byte 10) in `quận 5, ‸phường 3`: unexpected trailing text `phường 3`"),
    ("huyện Gia Viễn, tỉnh Sóc Trăng", "at char 0 (byte 0) in `‸huyện Gia Viễn, …`: `huyện Gia Viễn` does not lie in `tỉnh Sóc Trăng`"),
];

/// A phone number: why a string of digits is none.
const PHONE: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected a Vietnamese phone number such as `0912 345 678` or `+84 912 345 678`"),
    ("84912345678", "at char 0 (byte 0) in `‸84912345678`: `84912345678` lacks its `+` or leading 0: write `+84912345678` or `0912345678`"),
    ("0912 345 67", "at char 0 (byte 0) in `‸0912 345 67`: `0912 345 67` has 9 digits: a Vietnamese number has 10 beginning with 0 (11 for an old mobile or landline)"),
    ("abc", "at char 0 (byte 0) in `‸abc`: unexpected `a`, expected a Vietnamese phone number such as `0912 345 678` or `+84 912 345 678`"),
    ("0912345678 x", "at char 10 (byte 10) in `0912345678‸ x`: unexpected trailing text ` x`"),
    ("+84 12", "at char 0 (byte 0) in `‸+84 12`: `+84 12` is not a Vietnamese number: +84 and 8 to 10 digits"),
];

/// A document number: `/` and the year or symbol after its number.
const DOC_NUMBER: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected a document number such as `20/2021/NĐ-CP`"),
    ("20/2021", "at char 7 (byte 7) in `20/2021‸`: unexpected end of input, expected `/` and the symbol, as in `20/2021/NĐ-CP`"),
    ("20/2021/", "at char 8 (byte 8) in `20/2021/‸`: unexpected end of input, expected the symbol of the document, such as `NĐ-CP`"),
    ("abc", "at char 0 (byte 0) in `‸abc`: unexpected `a`, expected a document number such as `20/2021/NĐ-CP`"),
    ("20/2021/NĐ-CP x", "at char 13 (byte 14) in `20/2021/NĐ-CP‸ x`: unexpected trailing text ` x`"),
    ("20", "at char 2 (byte 2) in `20‸`: unexpected end of input, expected `/` and a year or symbol, as in `20/2021/NĐ-CP`"),
];

/// A qualifier.
const APPROX: &[(&str, &str)] = &[
    (
        "",
        "at char 0 (byte 0): empty input, expected a qualifier such as `trên` or `khoảng`",
    ),
    (
        "trên x",
        "at char 4 (byte 5) in `trên‸ x`: unexpected trailing text ` x`",
    ),
];

/// A currency alone.
const CURRENCY: &[(&str, &str)] = &[
    ("", "at char 0 (byte 0): empty input, expected a currency code, name or symbol such as `VND`, `đồng` or `$`"),
    ("xyz", "at char 0 (byte 0) in `‸xyz`: `xyz` is no currency code, name or symbol"),
    // A message that quotes its input stays on one line.
    (
        "a\nb",
        "at char 0 (byte 0) in `‸a\\nb`: `a\\nb` is no currency code, name or symbol",
    ),
];

/// A statistics office code.
const CODE: &[(&str, &str)] = &[
    ("12a", "at char 2 (byte 2) in `12‸a`: unexpected `a`, expected a statistics office code of 2, 3 or 5 digits"),
    ("1234", "at char 0 (byte 0) in `‸1234`: `1234` has 4 digits: a code has 2 (province), 3 (district) or 5 (commune)"),
];

#[test]
fn money() {
    check::<Money>(MONEY);
}

#[test]
fn number() {
    check::<Number>(NUMBER);
}

#[test]
fn percent() {
    check::<Percent>(PERCENT);
}

#[test]
fn quantity() {
    check::<Quantity>(QUANTITY);
}

#[test]
fn ratio() {
    check::<Ratio>(RATIO);
}

#[test]
fn ordinal() {
    check::<Ordinal>(ORDINAL);
}

#[test]
fn date() {
    check::<Date>(DATE);
}

#[test]
fn time() {
    check::<Time>(TIME);
}

#[test]
fn month() {
    check::<Month>(MONTH);
}

#[test]
fn quarter() {
    check::<Quarter>(QUARTER);
}

#[test]
fn year() {
    check::<Year>(YEAR);
}

#[test]
fn admin_unit() {
    check::<AdminUnit>(ADMIN_UNIT);
}

#[test]
fn address() {
    check::<Address>(ADDRESS);
}

#[test]
fn phone() {
    check::<Phone>(PHONE);
}

#[test]
fn doc_number() {
    check::<DocNumber>(DOC_NUMBER);
}

#[test]
fn approx() {
    check::<Approx>(APPROX);
}

#[test]
fn currency() {
    check::<Currency>(CURRENCY);
}

#[test]
fn code() {
    check::<Code>(CODE);
}

/// What every error promises: its offsets fall on a character of the input and count the same
/// place, its window quotes the input around that place on one line, and its message is the
/// one line its parts make.
fn keeps_its_promises(input: &str, err: &Error) {
    let offset = err.offset();
    assert!(input.is_char_boundary(offset), "{input:?}");
    assert_eq!(
        err.char_offset(),
        input[..offset].chars().count(),
        "{input:?}"
    );
    let message = err.to_string();
    assert!(!message.contains('\n'), "{input:?}");
    assert!(message.starts_with(&format!("at char {} (byte {offset})", err.char_offset())));
    let window = err.context();
    if input.trim().is_empty() {
        assert_eq!(window, "", "{input:?}");
        return;
    }
    let (before, after) = window.split_once('‸').expect("the place is marked");
    let before = before.strip_prefix('…').unwrap_or(before);
    let after = after.strip_suffix('…').unwrap_or(after);
    let quoted = |s: &str| {
        s.chars()
            .map(|c| match c.is_control() {
                true => c.escape_default().to_string(),
                false => c.to_string(),
            })
            .collect::<String>()
    };
    assert!(quoted(&input[..offset]).ends_with(before), "{input:?}");
    assert!(quoted(&input[offset..]).starts_with(after), "{input:?}");
}

/// Every error of the tables keeps its promises.
#[test]
fn offsets_and_windows_agree() {
    let tables: &[(Table, Reader)] = &[
        (MONEY, error_of::<Money>),
        (NUMBER, error_of::<Number>),
        (PERCENT, error_of::<Percent>),
        (QUANTITY, error_of::<Quantity>),
        (RATIO, error_of::<Ratio>),
        (ORDINAL, error_of::<Ordinal>),
        (DATE, error_of::<Date>),
        (TIME, error_of::<Time>),
        (MONTH, error_of::<Month>),
        (QUARTER, error_of::<Quarter>),
        (YEAR, error_of::<Year>),
        (ADMIN_UNIT, error_of::<AdminUnit>),
        (ADDRESS, error_of::<Address>),
        (PHONE, error_of::<Phone>),
        (DOC_NUMBER, error_of::<DocNumber>),
        (APPROX, error_of::<Approx>),
        (CURRENCY, error_of::<Currency>),
        (CODE, error_of::<Code>),
    ];
    let mut count = 0;
    for (cases, read) in tables {
        for (input, _) in *cases {
            keeps_its_promises(input, &read(input));
            count += 1;
        }
    }
    assert!(count >= 60, "{count} cases");
}

/// Pieces of text near the grammars: numbers and their punctuation, cue words, scales,
/// currencies, units, separators, Vietnamese letters of two and three bytes, controls.
const PIECES: &[&str] = &[
    "1",
    "12",
    "2023",
    "99999999999999999999999",
    ".",
    "..",
    ",",
    "/",
    ":",
    "-",
    "%",
    "$",
    " ",
    "  ",
    "\n",
    "\t",
    "tháng",
    "quý",
    "ngày",
    "năm",
    "giờ",
    "thứ",
    "lần",
    "khóa",
    "trên",
    "khoảng",
    "từ",
    "đến",
    "triệu",
    "tỷ",
    "nghìn",
    "đồng",
    "USD",
    "VND",
    "phần trăm",
    "người",
    "tỉnh",
    "huyện",
    "TP.",
    "tp",
    "Hà Nội",
    "phường 3",
    "quận 5",
    ";",
    "NĐ-CP",
    "+84",
    "0912",
    "II",
    "V",
    "x",
    "ệ",
    "Đ",
    "\u{a0}",
    "Tết",
    "âm lịch",
    "sáng",
];

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(256) })]

    /// Whatever the input, an error of any kind keeps its promises (and reading never panics).
    #[test]
    fn any_error_keeps_its_promises(pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..8)) {
        let input = pieces.concat();
        let readers: &[Maybe] = &[
            maybe_error::<Money>,
            maybe_error::<Number>,
            maybe_error::<Percent>,
            maybe_error::<Quantity>,
            maybe_error::<Ratio>,
            maybe_error::<Ordinal>,
            maybe_error::<Date>,
            maybe_error::<Time>,
            maybe_error::<Month>,
            maybe_error::<Quarter>,
            maybe_error::<Year>,
            maybe_error::<AdminUnit>,
            maybe_error::<Address>,
            maybe_error::<Phone>,
            maybe_error::<DocNumber>,
            maybe_error::<Approx>,
            maybe_error::<Currency>,
            maybe_error::<Code>,
        ];
        for read in readers {
            if let Some(err) = read(&input) {
                keeps_its_promises(&input, &err);
            }
        }
    }
}

/// Text in Vietnamese before the place: a character is two or three bytes.
#[test]
fn char_offsets_count_characters() {
    let err = error_of::<Date>("Thứ Tư, ngày 31/02/2023");
    assert_eq!((err.char_offset(), err.offset()), (13, 17));
    assert_eq!(err.context(), "Thứ Tư, ngày ‸31/02/2023");
    assert_eq!(
        err.kind(),
        &ErrorKind::Invalid("day 31 does not exist in February 2023".into())
    );
    let err = error_of::<Money>("khoảng 1,5 tỷ");
    assert_eq!((err.char_offset(), err.offset()), (13, 17));
    assert!(matches!(err.kind(), ErrorKind::UnexpectedEnd(_)));
}

/// A long input is quoted around the place only.
#[test]
fn windows_are_short() {
    let err = error_of::<Date>("Thứ Sáu, ngày 10/03/2023 trời mưa to ở Hà Nội");
    assert_eq!(err.context(), "… ngày 10/03/2023‸ trời mưa to ở H…");
    let trailing = error_of::<Number>("12 con mèo đang ngủ trên mái nhà của hàng xóm");
    assert_eq!(
        trailing.to_string(),
        "at char 2 (byte 2) in `12‸ con mèo đang ng…`: unexpected trailing text ` con mèo đang ng…`"
    );
}

/// Errors are plain values: cloned, compared, and used as `std::error::Error`.
#[test]
fn errors_are_values() {
    fn is_error<E: Clone + PartialEq + Eq + std::error::Error + Send + Sync + 'static>() {}
    is_error::<Error>();
    let err = error_of::<Quarter>("quý V");
    assert_eq!(err.clone(), err);
    assert_ne!(err, error_of::<Quarter>("quý 5"));
    let boxed: Box<dyn std::error::Error> = Box::new(err);
    assert!(boxed
        .to_string()
        .ends_with("expected a quarter number (I–IV or 1–4)"));
}
