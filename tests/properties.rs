//! Property tests: round trips of every value type, the written forms of dates, and the
//! extractor's contract on arbitrary text (spans, order, NFC/NFD agreement).
//!
//! Run with `cargo test --test properties`. Each property runs at most 256 cases and writes no
//! regression files (failure persistence is off): a failure prints its minimal input.

use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;
use vnparse::admin::AdminUnit;
use vnparse::date::{Calendar, Date, DayPart, Weekday};
use vnparse::extract::{extract, Entity, Field, Kind};
use vnparse::period::{Month, Quarter, Year};
use vnparse::time::Time;
use vnparse::{
    Amount, Approx, Currency, DocNumber, Money, Number, Ordinal, Percent, Phone, Quantity, Ratio,
};

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(cases)
    }
}

// NFD by hand: see tests/common.
mod common;
use common::{decompose, nfd, Form, NFD};

// ---------------------------------------------------------------------------------------------
// Generators of valid values.

const APPROXES: [Approx; 6] = [
    Approx::Over,
    Approx::Under,
    Approx::About,
    Approx::Nearly,
    Approx::AtLeast,
    Approx::AtMost,
];

const CURRENCIES: [Currency; 8] = [
    Currency::Vnd,
    Currency::Usd,
    Currency::Eur,
    Currency::Jpy,
    Currency::Cny,
    Currency::Gbp,
    Currency::Krw,
    Currency::Thb,
];

const PARTS: [DayPart; 5] = [
    DayPart::Morning,
    DayPart::Noon,
    DayPart::Afternoon,
    DayPart::Evening,
    DayPart::Night,
];

/// The largest mantissa a `Decimal` holds (2^96 - 1).
const MAX_MANTISSA: i128 = 79_228_162_514_264_337_593_543_950_335;

/// A decimal from an i64 mantissa and a scale of 0 to 4, small values more often.
fn decimal() -> impl Strategy<Value = Decimal> + Clone {
    let mantissa = prop_oneof![
        3 => -2_000i64..2_000,
        3 => -10_000_000i64..10_000_000,
        2 => any::<i64>(),
    ];
    (mantissa, 0u32..=4).prop_map(|(m, s)| Decimal::new(m, s))
}

/// A non-negative decimal, as a ratio's terms are written.
fn unsigned_decimal() -> impl Strategy<Value = Decimal> + Clone {
    decimal().prop_map(|d| d.abs())
}

/// Any decimal `Decimal` holds: a 96-bit mantissa and a scale of 0 to 28.
fn wide_decimal() -> impl Strategy<Value = Decimal> + Clone {
    (-MAX_MANTISSA..=MAX_MANTISSA, 0u32..=28).prop_map(|(m, s)| Decimal::from_i128_with_scale(m, s))
}

/// An exact amount, or a range with low < high.
fn amount(value: impl Strategy<Value = Decimal> + Clone) -> impl Strategy<Value = Amount> {
    prop_oneof![
        value.clone().prop_map(Amount::Exact),
        (value.clone(), value).prop_filter_map("a range needs low < high", |(a, b)| {
            match a.cmp(&b) {
                std::cmp::Ordering::Less => Some(Amount::Range(a, b)),
                std::cmp::Ordering::Greater => Some(Amount::Range(b, a)),
                std::cmp::Ordering::Equal => None,
            }
        }),
    ]
}

fn approx() -> impl Strategy<Value = Option<Approx>> {
    proptest::option::of(select(&APPROXES[..]))
}

/// The units a quantity or ratio may count: the built-in lexicon, powers and a coordinated pair.
fn lexicon_unit() -> impl Strategy<Value = String> {
    let extra: &'static [&'static str] =
        &["m²", "m2", "km²", "m³", "tỉnh, thành phố", "xã, phường"];
    prop_oneof![
        6 => select(vnparse::quantity::COUNTED).prop_map(str::to_string),
        1 => select(extra).prop_map(str::to_string),
    ]
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if year.is_none_or(is_leap) => 29,
        _ => 28,
    }
}

/// The ISO weekday (Monday 1 … Sunday 7) of a Gregorian date, by Sakamoto's method.
fn iso_weekday(y: i32, m: u8, d: u8) -> u8 {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let sunday_zero = (y + y / 4 - y / 100 + y / 400 + T[usize::from(m) - 1] + i32::from(d)) % 7;
    if sunday_zero == 0 {
        7
    } else {
        sunday_zero as u8
    }
}

/// A (year, month, day) that exists, year 1900 to 2199.
fn ymd() -> impl Strategy<Value = (i32, u8, u8)> {
    (1900i32..=2199, 1u8..=12)
        .prop_flat_map(|(y, m)| (Just(y), Just(m), 1..=days_in_month(Some(y), m)))
}

/// A valid `Date`: solar (any existing day, year 0 to 9999 or none) or lunar (days 1 to 29,
/// year in the calendar's range or none, a leap month where the year has one), with an optional
/// weekday and part of the day; plus the Tết forms. The holiday is the one the reader derives
/// (the fixed solar holidays, Tết).
fn date() -> impl Strategy<Value = Date> {
    let weekday = proptest::option::of(select(&Weekday::ALL[..]));
    let part = proptest::option::of(select(&PARTS[..]));
    let solar = (
        proptest::option::of(0i32..=9999),
        1u8..=12,
        any::<proptest::sample::Index>(),
    )
        .prop_map(|(year, month, index)| {
            let day = index.index(usize::from(days_in_month(year, month))) as u8 + 1;
            (year, month, day, Calendar::Solar)
        });
    let lunar = (proptest::option::of(1900i32..=2199), 1u8..=12, 1u8..=29)
        .prop_map(|(year, month, day)| (year, month, day, Calendar::Lunar, false));
    // A leap month: the one its year repeats, or any month when the year is unwritten.
    let leap = (proptest::option::of(1900i32..=2199), 1u8..=12, 1u8..=29).prop_map(
        |(year, month, day)| {
            let month = year.and_then(vnparse::lunar::leap_month).unwrap_or(month);
            let year = year.filter(|&y| vnparse::lunar::leap_month(y).is_some());
            (year, month, day, Calendar::Lunar, true)
        },
    );
    let solar = solar.prop_map(|(y, m, d, c)| (y, m, d, c, false));
    let ordinary = (
        prop_oneof![6 => solar, 2 => lunar, 1 => leap],
        weekday,
        part,
    )
        // The last lunar months of 2199 fall in solar 2200, past the calendar's table: those
        // days are refused, and drawn again.
        .prop_filter_map(
            "a day the calendar knows",
            |((year, month, day, calendar, leap), weekday, part)| {
                let date = if calendar == Calendar::Lunar {
                    Date::lunar(year, month, day, leap)
                } else {
                    Date::new(year, month, day)
                };
                let date = date.ok()?;
                let date = weekday.map_or(date, |w| date.with_weekday(w).expect("a weekday"));
                Some(part.map_or(date, |p| date.with_part(p).expect("a part of the day")))
            },
        );
    let tet_solar =
        (1900i32..=2199).prop_map(|y| Date::tet(Some(y)).expect("Tết of a supported year"));
    let tet_lunar = Just(Date::tet(None).expect("Tết"));
    prop_oneof![8 => ordinary, 1 => tet_solar, 1 => tet_lunar]
}

/// A valid `Time`: 00:00 to 24:00, seconds optional, and with a part of the day only an hour
/// the reader can produce with that part (`15:00 chiều`, never `03:00 chiều`).
fn time() -> impl Strategy<Value = Time> {
    (
        0u8..=24,
        0u8..60,
        proptest::option::of(0u8..60),
        proptest::option::of(select(&PARTS[..])),
    )
        .prop_map(|(hour, minute, second, part)| {
            let (minute, second) = if hour == 24 {
                (0, second.map(|_| 0))
            } else {
                (minute, second)
            };
            let time = Time::new(part.map_or(hour, |p| p.to_24_hour(hour)), minute, second)
                .expect("a time of day");
            part.map_or(time, |p| time.with_part(p).expect("a part of the day"))
        })
}

fn digits(len: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = String> {
    proptest::collection::vec(0u8..10, len)
        .prop_map(|ds| ds.into_iter().map(|d| char::from(b'0' + d)).collect())
}

/// A national phone number of today's plan, and how it is written: a mobile (`0` + prefix + 7
/// digits) or a landline (`0` + area code + subscriber, 11 digits), grouped or not
/// (`0299.3822339`, `0915 836 555`).
fn phone_text() -> impl Strategy<Value = (String, String)> {
    let mobile = (select(vnparse::phone::MOBILE_PREFIXES), digits(7..=7))
        .prop_map(|(p, rest)| format!("0{p}{rest}"));
    let landline = (select(vnparse::phone::AREA_CODES), digits(8..=8))
        .prop_map(|(area, rest)| format!("0{area}{}", &rest[..10 - area.len()]));
    let separators: &'static [&'static str] = &["", ".", " ", "-", "\u{a0}"];
    (
        prop_oneof![mobile, landline],
        select(separators),
        3usize..=5,
    )
        .prop_map(|(national, sep, split)| {
            let written = if sep.is_empty() {
                national.clone()
            } else {
                format!("{}{sep}{}", &national[..split], &national[split..])
            };
            (national, written)
        })
}

/// A document number in canonical form: `{n}/{year}/{SYMBOL}` or `{n}/{SYMBOL}`.
fn docnum_text() -> impl Strategy<Value = String> {
    let parts: &'static [&'static str] = &[
        "NĐ", "QĐ", "TT", "NQ", "CT", "QH", "UBND", "BTC", "BYT", "HĐND", "GP", "STTTT", "TTg",
        "BBCVT", "CP", "KH", "BC", "TB", "BGDĐT", "BNN&PTNT",
    ];
    let symbol = (
        proptest::collection::vec(select(parts), 1..=3),
        proptest::option::of(1u8..=15),
    )
        .prop_map(|(ps, n)| {
            let mut s = ps.join("-");
            if let Some(n) = n {
                s.push_str(&n.to_string());
            }
            s
        });
    (digits(1..=6), proptest::option::of(1000u16..=9999), symbol).prop_map(
        |(number, year, symbol)| match year {
            Some(y) => format!("{number}/{y}/{symbol}"),
            None => format!("{number}/{symbol}"),
        },
    )
}

// ---------------------------------------------------------------------------------------------
// 1. Round trips: `x.to_string().parse() == Ok(x)`.
//
// `Number`, `Money`, `Percent`, `Quantity` and `Ratio` compare decimals by value (`1.50` equals
// `1.5`), which is the normalization their `Display` does (`7,20` is written `7,2`). `Phone`
// writes the E.164 form; `DocNumber` upper-cases its symbol; `AdminUnit` writes the type in
// full and the official name: for those the round trip is from the normalized form.

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn number_round_trips(value in prop_oneof![decimal(), wide_decimal()]) {
        let n = Number::new(value);
        let text = n.to_string();
        prop_assert_eq!(text.parse::<Number>(), Ok(n), "text {:?}", text);
    }

    #[test]
    fn amount_round_trips(
        amount in prop_oneof![
            amount(decimal()),
            amount(wide_decimal()),
            // A range as written, its ends in either order.
            (wide_decimal(), decimal()).prop_map(|(a, b)| Amount::Range(a, b)),
        ],
    ) {
        let text = amount.to_string();
        prop_assert_eq!(text.parse::<Amount>(), Ok(amount), "text {:?}", text);
        let plain = amount.to_plain();
        prop_assert_eq!(Amount::from_plain(&plain), Ok(amount), "plain {:?}", plain);
    }

    #[test]
    fn money_round_trips(
        amount in amount(decimal()),
        currency in select(&CURRENCIES[..]),
        approx in approx(),
    ) {
        let m = Money { amount, currency, approx, per: None };
        let text = m.to_string();
        prop_assert_eq!(text.parse::<Money>(), Ok(m), "text {:?}", text);
    }

    #[test]
    fn percent_round_trips(amount in amount(decimal()), approx in approx()) {
        let p = Percent { amount, approx };
        let text = p.to_string();
        prop_assert_eq!(text.parse::<Percent>(), Ok(p), "text {:?}", text);
    }
    #[test]
    fn quantity_round_trips(amount in amount(decimal()), unit in lexicon_unit(), approx in approx()) {
        let q = Quantity { amount, unit, approx };
        let text = q.to_string();
        prop_assert_eq!(text.parse::<Quantity>(), Ok(q.clone()), "text {:?}", text);
    }
    #[test]
    fn ratio_round_trips(
        numerator in unsigned_decimal(),
        denominator in unsigned_decimal().prop_filter("a whole is not zero", |d| !d.is_zero()),
        unit in proptest::option::of(prop_oneof![5 => lexicon_unit(), 1 => Just("h".to_string())]),
    ) {
        let r = Ratio { numerator, denominator, unit };
        let text = r.to_string();
        prop_assert_eq!(text.parse::<Ratio>(), Ok(r.clone()), "text {:?}", text);
    }

    #[test]
    fn ordinal_round_trips(value in 1u32..=3999) {
        let o = Ordinal::new(value);
        let text = o.to_string();
        prop_assert_eq!(text.parse::<Ordinal>(), Ok(o), "text {:?}", text);
    }

    #[test]
    fn approx_round_trips(a in select(&APPROXES[..])) {
        prop_assert_eq!(a.to_string().parse::<Approx>(), Ok(a));
    }

    #[test]
    fn phone_round_trips((national, written) in phone_text()) {
        let p: Phone = match written.parse() {
            Ok(p) => p,
            Err(e) => return Err(TestCaseError::fail(format!("{written:?} does not parse: {e}"))),
        };
        prop_assert_eq!(p.national(), national.clone());
        prop_assert_eq!(p.e164(), format!("+84{}", &national[1..]));
        let text = p.to_string();
        prop_assert_eq!(text.parse::<Phone>(), Ok(p.clone()), "text {:?}", text);
        prop_assert_eq!(national.parse::<Phone>(), Ok(p));
    }

    #[test]
    fn docnum_round_trips(written in docnum_text()) {
        let d: DocNumber = match written.parse() {
            Ok(d) => d,
            Err(e) => return Err(TestCaseError::fail(format!("{written:?} does not parse: {e}"))),
        };
        // The symbol is upper-cased (`TTg` is `TTG`); the rest is kept as written.
        prop_assert_eq!(d.to_string(), written.to_uppercase());
        let text = d.to_string();
        prop_assert_eq!(text.parse::<DocNumber>(), Ok(d.clone()), "text {:?}", text);
    }

    #[test]
    fn date_round_trips(d in date()) {
        let text = d.to_string();
        prop_assert_eq!(text.parse::<Date>(), Ok(d), "text {:?}", text);
    }

    #[test]
    fn time_round_trips(t in time()) {
        let text = t.to_string();
        prop_assert_eq!(text.parse::<Time>(), Ok(t), "text {:?}", text);
    }

    #[test]
    fn month_round_trips(year in proptest::option::of(0i32..=9999), month in 1u8..=12) {
        let m = Month::new(year, month).unwrap();
        let text = m.to_string();
        prop_assert_eq!(text.parse::<Month>(), Ok(m), "text {:?}", text);
    }

    #[test]
    fn quarter_round_trips(year in proptest::option::of(0i32..=9999), quarter in 1u8..=4) {
        let q = Quarter::new(year, quarter).unwrap();
        let text = q.to_string();
        prop_assert_eq!(text.parse::<Quarter>(), Ok(q), "text {:?}", text);
    }

    #[test]
    fn periods_of_any_year_never_read_back_as_another_value(
        year in any::<i32>(),
        month in 1u8..=12,
        quarter in 1u8..=4,
        span in 0i32..=200,
    ) {
        // What Display cannot write in a form FromStr reads (a year of five digits, a negative
        // one) is refused, never read as another value.
        // The constructors refuse a year the text forms cannot write (a year of five digits,
        // a negative one); every value they make reads back.
        let writable = (0..=9999).contains(&year);
        let last = year.saturating_add(span);
        prop_assert_eq!(Month::new(Some(year), month).is_ok(), writable);
        prop_assert_eq!(Quarter::new(Some(year), quarter).is_ok(), writable);
        prop_assert_eq!(Date::new(Some(year), month, 1).is_ok(), writable);
        match Year::span(year, last) {
            Ok(y) => prop_assert_eq!(y.to_string().parse::<Year>(), Ok(y)),
            Err(_) => prop_assert!(!writable || !(0..=9999).contains(&last)),
        }
    }

    #[test]
    fn year_round_trips(first in 0i32..=9999, span in prop_oneof![Just(0i32), 1i32..=100]) {
        let y = Year::span(first, (first + span).min(9999)).unwrap();
        let text = y.to_string();
        prop_assert_eq!(text.parse::<Year>(), Ok(y), "text {:?}", text);
    }
    #[test]
    #[cfg(feature = "gazetteer")]
    fn admin_round_trips_from_the_gazetteer(
        era in select(&[vnparse::gazetteer::Era::Before2025, vnparse::gazetteer::Era::After2025][..]),
        index in any::<proptest::sample::Index>(),
    ) {
        let units = vnparse::gazetteer::units(era);
        let unit = units[index.index(units.len())];
        let written = format!("{} {}", unit.kind, unit.name);
        let a: AdminUnit = match written.parse() {
            Ok(a) => a,
            Err(e) => return Err(TestCaseError::fail(format!("{written:?} does not parse: {e}"))),
        };
        prop_assert!(a.matches.is_empty() || a.matches.contains(&&unit) || unit.name.parse::<u32>().is_ok(),
            "{:?} read as {:?}", written, a);
        let text = a.to_string();
        prop_assert_eq!(text.parse::<AdminUnit>(), Ok(a.clone()), "text {:?}", text);
    }

    #[test]
    fn admin_round_trips_from_numbered_units(
        kind in select(&["phường", "quận", "xã", "thị trấn", "thôn", "ấp", "khu phố", "tổ dân phố"][..]),
        number in 1u16..=999,
        zero in any::<bool>(),
    ) {
        // `Phường 03`: a leading zero where the number has fewer than three digits.
        let zero = if zero && number < 100 { "0" } else { "" };
        let written = format!("{kind} {zero}{number}");
        // Wards, communes and districts are numbered in two digits at most, villages in three.
        let village = ["thôn", "ấp", "khu phố", "tổ dân phố"].contains(&kind);
        if number >= 100 && !village {
            prop_assert!(written.parse::<AdminUnit>().is_err(), "{:?} parses", written);
            return Ok(());
        }
        let a: AdminUnit = match written.parse() {
            Ok(a) => a,
            Err(e) => return Err(TestCaseError::fail(format!("{written:?} does not parse: {e}"))),
        };
        prop_assert_eq!(a.to_string(), format!("{kind} {number}"));
        let text = a.to_string();
        prop_assert_eq!(text.parse::<AdminUnit>(), Ok(a.clone()), "text {:?}", text);
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// A unit the gazetteer lacks, named by capitalized words (`huyện Nam Sang`): when it reads,
    /// what it writes reads back the same.
    #[test]
    fn admin_round_trips_from_new_names(
        kind in select(&["tỉnh", "thành phố", "huyện", "quận", "phường", "xã", "thôn", "ấp"][..]),
        words in proptest::collection::vec(
            select(&["Sang", "Bờ", "Đông", "Xuân", "Kẻ", "Vĩnh", "Lũng", "Ngòi", "Khê", "Mường"][..]),
            1..=3,
        ),
    ) {
        let written = format!("{kind} {}", words.join(" "));
        let parsed = written.parse::<AdminUnit>();
        prop_assume!(parsed.is_ok());
        let a = parsed.unwrap();
        let text = a.to_string();
        prop_assert_eq!(text.parse::<AdminUnit>(), Ok(a.clone()), "{:?} written {:?}", written, text);
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Every valid day, in every written style, reads back as itself.

fn weekday_text(iso: u8, numeric: bool) -> String {
    match (iso, numeric) {
        (7, false) => "Chủ nhật".to_string(),
        (7, true) => "CN".to_string(),
        (n, true) => format!("Thứ {}", n + 1),
        (n, false) => {
            let names = ["Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"];
            format!("Thứ {}", names[usize::from(n) - 1])
        }
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn dates_read_back_in_every_written_style((y, m, d) in ymd(), numeric_weekday in any::<bool>()) {
        let iso = iso_weekday(y, m, d);
        let forms: Vec<(String, Option<i32>)> = vec![
            (format!("{d:02}/{m:02}/{y}"), Some(y)),
            (format!("{d}/{m}/{y}"), Some(y)),
            (format!("{d:02}.{m:02}.{y}"), Some(y)),
            (format!("{d:02}-{m:02}-{y}"), Some(y)),
            (format!("ngày {d} tháng {m} năm {y}"), Some(y)),
            (format!("{d}/{m}"), None),
            (format!("ngày {d}/{m}"), None),
            (format!("{}, {d:02}/{m:02}/{y}", weekday_text(iso, numeric_weekday)), Some(y)),
        ];
        for (text, year) in forms {
            let parsed = text.parse::<Date>();
            let Ok(date) = parsed else {
                return Err(TestCaseError::fail(format!("{text:?} does not parse: {parsed:?}")));
            };
            prop_assert_eq!(
                (date.year(), date.month(), date.day(), date.calendar()),
                (year, m, d, Calendar::Solar),
                "{:?}", text
            );
            if text.contains(',') {
                prop_assert_eq!(date.weekday().map(|w| w.iso()), Some(iso), "{:?}", text);
                prop_assert_eq!(date.weekday_matches(), Some(true), "{:?}", text);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 3. and 4. Arbitrary text: the extractor keeps its contract, and no reader panics.

const WORDS: &[&str] = &[
    "ngày",
    "tháng",
    "năm",
    "quý",
    "triệu",
    "tỷ",
    "tỉ",
    "nghìn",
    "ngàn",
    "đồng",
    "USD",
    "VND",
    "đô la",
    "%",
    "phần trăm",
    "trên",
    "gần",
    "hơn",
    "khoảng",
    "ít nhất",
    "tối đa",
    "từ",
    "đến",
    "trở lên",
    "hai",
    "mươi",
    "mốt",
    "mười",
    "một",
    "ba",
    "bốn",
    "tư",
    "lăm",
    "rưỡi",
    "trăm",
    "linh",
    "phẩy",
    "âm",
    "lần",
    "thứ",
    "Thứ",
    "Chủ nhật",
    "CN",
    "huyện",
    "tỉnh",
    "phường",
    "xã",
    "thị trấn",
    "thành phố",
    "TP.",
    "Q.",
    "P.",
    "H.",
    "Tết",
    "Nguyên đán",
    "Canh Tý",
    "Giáp Thìn",
    "rằm",
    "Giêng",
    "Chạp",
    "âm lịch",
    "AL",
    "sáng",
    "chiều",
    "tối",
    "đêm",
    "giờ",
    "phút",
    "h",
    "g",
    "hộ",
    "người",
    "đối tượng",
    "ha",
    "m",
    "m²",
    "kg",
    "tuổi",
    "khóa",
    "Đại hội",
    "XIII",
    "IV",
    "giai đoạn",
    "nhiệm kỳ",
    "Gia Viễn",
    "Thái Bình",
    "Hồ Chí Minh",
    "HCM",
    "TPHCM",
    "Sóc Trăng",
    "Liên Chiểu",
    "Bến Nghé",
    "đồng chí",
    "xã hội",
    "Tỉnh Ủy",
    "Điều",
    "số",
    "vượt",
    "ước đạt",
    "mùng",
    "hôm nay",
    "Sáu",
    "Năm",
    "tr",
    "k",
    "Covid",
    "HP",
    "GMT",
    "NĐ-CP",
    "QĐ-UBND",
    "$",
    "€",
    "₫",
    "đ",
    "nhân dân tệ",
];

const NUMERIC: &[&str] = &[
    "1.337",
    "7,22",
    "10/10",
    "20/2021/NĐ-CP",
    "0299.3822339",
    "17:15",
    "14h30",
    "54.205",
    "1,5",
    "1.5",
    "1 328",
    "1,234,567",
    "31/02/2023",
    "29/2",
    "2024",
    "2021-2025",
    "+84",
    "(08).38464877",
    "0915 836 555",
    "500k",
    "3tr",
    "1.2.3",
    "25m²",
    "100",
    "0",
    "00",
    "06",
    "99999999999999999999999999999",
    "1.000.000.000.000.000.000.000.000.000",
    "24:00",
    "25:00",
    "1/4",
    "15.8",
    "2-10",
    "24/24h",
    "Q3/2024",
    "II/2023",
    "1,328",
    "12.456,8",
    "-5",
    "0,0000000000000000000000000001",
];

const SEPARATORS: &[&str] = &[
    " ", " ", " ", "\u{a0}", ",", ".", "/", "-", ":", "(", ")", "\n", "–", ", ", "; ",
];

const EMOJI: &[&str] = &[
    "😀", "🇻🇳", "👍🏽", "\u{200d}", "\u{feff}", "\u{fffd}", "\u{202f}", "\u{3000}",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => select(WORDS).prop_map(str::to_string),
        4 => select(NUMERIC).prop_map(str::to_string),
        3 => digits(1..=5),
        6 => select(SEPARATORS).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => (0x300u32..=0x323).prop_map(|c| char::from_u32(c).unwrap_or(' ').to_string()),
        1 => select(EMOJI).prop_map(str::to_string),
    ]
}

/// Text from random pieces, then maybe decomposed or re-cased.
fn messy_text() -> impl Strategy<Value = String> {
    (proptest::collection::vec(piece(), 0..40), 0u8..6).prop_map(|(pieces, how)| {
        let text: String = pieces.concat();
        match how {
            0 => decompose(&text, Form::Nfd).0,
            1 => decompose(&text, Form::QualityFirst).0,
            2 => text.to_uppercase(),
            3 => text.to_lowercase(),
            _ => text,
        }
    })
}

fn check_contract(text: &str, entities: &[Entity]) -> Result<(), TestCaseError> {
    let mut previous_end = 0;
    for (i, e) in entities.iter().enumerate() {
        let span = e.span.clone();
        prop_assert!(
            span.start < span.end,
            "entity {} has an empty span {:?}",
            i,
            span
        );
        prop_assert!(
            span.end <= text.len(),
            "entity {} span {:?} out of bounds",
            i,
            span
        );
        prop_assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "entity {} span {:?} not on char boundaries",
            i,
            span
        );
        prop_assert!(!text[span.clone()].is_empty());
        prop_assert!(
            span.start >= previous_end,
            "entity {} span {:?} overlaps or precedes the previous one (ended at {})",
            i,
            span,
            previous_end
        );
        previous_end = span.end;
        // The value and fields are writable.
        let _ = (e.kind().as_str(), e.value_string(), e.fields());
    }
    Ok(())
}

/// Calls every reader on `s` (and writes what they read).
fn parse_everything(s: &str) {
    fn go<T: std::str::FromStr + ToString>(s: &str) {
        if let Ok(v) = s.parse::<T>() {
            let _ = v.to_string();
        }
    }
    go::<Number>(s);
    go::<Approx>(s);
    go::<Money>(s);
    go::<Percent>(s);
    go::<Quantity>(s);
    go::<Ratio>(s);
    go::<Ordinal>(s);
    go::<Phone>(s);
    go::<DocNumber>(s);
    go::<Date>(s);
    go::<Time>(s);
    go::<Month>(s);
    go::<Quarter>(s);
    go::<Year>(s);
    go::<AdminUnit>(s);
    if let Ok(d) = s.parse::<Date>() {
        let _ = (
            d.to_iso(),
            d.solar(),
            d.actual_weekday(),
            d.resolve((2024, 2, 29)),
        );
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn extract_keeps_its_contract_on_messy_text(text in messy_text()) {
        let entities = extract(&text);
        check_contract(&text, &entities)?;
    }

    #[test]
    fn extract_keeps_its_contract_on_any_string(text in any::<String>()) {
        let entities = extract(&text);
        check_contract(&text, &entities)?;
    }

    #[test]
    fn readers_never_panic_on_messy_text(text in messy_text()) {
        parse_everything(&text);
    }

    #[test]
    fn readers_never_panic_on_any_string(text in any::<String>()) {
        parse_everything(&text);
    }

    #[test]
    fn readers_never_panic_on_short_pieces(pieces in proptest::collection::vec(piece(), 0..6)) {
        // Short strings reach the readers' end-of-input paths more often.
        let text = pieces.concat();
        parse_everything(&text);
        parse_everything(&nfd(&text));
    }
}

// ---------------------------------------------------------------------------------------------
// 5. NFD reads as NFC: the same entities, over the same text, with the same values.

/// Pieces that hold entities, composed (NFC).
const ENTITY_PIECES: &[&str] = &[
    "1.337 triệu đồng",
    "gần 1,5 tỷ đồng",
    "trên 624 tỷ đồng",
    "27 tỉ",
    "hai mươi mốt",
    "hai triệu rưỡi",
    "7,22%",
    "khoảng 38,7%",
    "bảy phần trăm",
    "54.205 đối tượng",
    "1.328 /900 hộ",
    "10/10 phường",
    "18/18 xã",
    "lần thứ IV",
    "Đại hội XIII",
    "khóa XV",
    "cao thứ hai",
    "0299.3822339",
    "0915 836 555",
    "20/2021/NĐ-CP",
    "123/QĐ-UBND",
    "10/03/2023",
    "Thứ Sáu, 10/03/2023",
    "Sáng ngày 23/4/2014",
    "ngày 15 tháng 3 năm 2024",
    "mùng 2 tháng 9",
    "Tết Canh Tý 2020",
    "15/8 âm lịch",
    "rằm tháng Giêng",
    "17:15",
    "14h30",
    "8 giờ 30 phút",
    "3 giờ chiều",
    "tháng 02/2023",
    "tháng Sáu",
    "quý II/2023",
    "quý 3 năm 2024",
    "năm 2022",
    "giai đoạn 2021-2025",
    "nhiệm kỳ 2020 – 2025",
    "tỉnh Thái Bình",
    "TP.Sóc Trăng",
    "huyện Gia Viễn",
    "Quận Liên Chiểu",
    "Phường 3",
    "TP.HCM",
    "Q.1",
    "P. Bến Nghé",
    "huyện Nam Sang",
    "thành phố Hồ Chí Minh",
    "ba lần",
    "ít nhất một huyện",
    "74,8 ha",
    "16 tuổi",
    "25m²",
    "năm triệu",
    "hơn 1,5 tỷ đồng",
    "từ 5 đến 10 triệu đồng",
    "vượt 5%",
    "tối đa 3 người",
    "ước đạt 12.456,8 tỷ đồng",
    "Tết Nguyên đán Giáp Thìn 2024",
    "ngày 07/10",
    "quý IV",
    "58,6 tạ/ha",
    "Điều 5",
    "chiều 16 và sáng 17.10",
    "năm 2020 và 2021",
    "mùng 6 Tết",
    "Chủ nhật, 25/9/2022",
    "thị xã Sơn Tây",
    "xã Hòa Tiến",
    "đặc khu Phú Quốc",
    "khu phố 2",
    "thôn Đông",
    "HUYỆN GIA VIỄN",
    "ngày 20 tháng Giêng năm Kỷ Hợi",
    "sáu mươi lăm tuổi",
    "một nghìn hai trăm",
    "ba nghìn không trăm linh năm",
    "hai mươi năm",
    "4.018 hộ nghèo",
    "2.350 suất quà",
    "tăng 8,35%",
    "đạt 76,2% kế hoạch",
    "lúc 08:30:00",
    "20h tối",
    "+84 912 345 678",
    "(08).38464877",
    "192 /2003/QĐ-BBCVT",
    "đô la Mỹ",
    "1,2 triệu USD",
    "500.000đ",
    "3 tỷ đồng/năm",
    "trên 600 triệu đồng",
];

/// Words with no entity, composed.
const FILLER: &[&str] = &[
    "Theo báo cáo",
    "tổng giá trị sản xuất",
    "đạt",
    "tăng",
    "so với cùng kỳ",
    "kế hoạch",
    "của",
    "và",
    "trong đó có",
    "được",
    "xã hội",
    "đồng chí",
    "Tỉnh Ủy",
    "nông thôn mới",
    "hội nghị",
    "tổ chức",
    "Ủy ban nhân dân",
    "tiếp tục",
    "người dân",
    "đầu tư nước ngoài",
    "Bốn Xã",
    "năm tháng",
    "một số",
    "các xã, thị trấn",
    "thực hiện",
    "nhiệm vụ",
    "bảo trợ",
    "dự toán tỉnh giao",
    "tỷ lệ",
    "hàng triệu đồng",
    "Ngã Năm",
    "xã hội hóa",
    "Tết",
    "thành phố Trần Văn Trí",
    "Bảo hiểm Xã Hội",
    "Tỉnh Đoàn",
    "đồng sở hữu",
    "đồng bào",
    "tỉnh lộ",
    "thứ tự",
    "lần lượt",
    "năm học",
    "quý vị",
];

const JOINS: &[&str] = &[
    " ", " ", ", ", ". ", "; ", "\n", " - ", " (", ") ", ": ", "\u{a0}",
];

fn composed_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        2 => select(ENTITY_PIECES),
        1 => select(FILLER),
    ];
    proptest::collection::vec((piece, select(JOINS)), 1..12).prop_map(|parts| {
        let mut text = String::new();
        for (piece, join) in parts {
            text.push_str(piece);
            text.push_str(join);
        }
        text
    })
}

/// What an entity says, with its span: strings compared in NFD so that values kept as
/// written (a new unit's name) compare equal across forms.
fn reading(
    e: &Entity,
    span: std::ops::Range<usize>,
) -> (Kind, std::ops::Range<usize>, String, Vec<(String, String)>) {
    let fields = e
        .fields()
        .into_iter()
        .map(|(name, field)| {
            let value = match field {
                Field::Text(s) => nfd(&s),
                Field::Int(n) => n.to_string(),
            };
            (name.to_string(), value)
        })
        .collect();
    (e.kind(), span, nfd(&e.value_string()), fields)
}

fn check_same_as_nfc(text: &str, form: Form) -> Result<(), TestCaseError> {
    let (decomposed, map) = decompose(text, form);
    let composed: Vec<_> = extract(text)
        .iter()
        .map(|e| reading(e, map[e.span.start]..map[e.span.end]))
        .collect();
    let found: Vec<_> = extract(&decomposed)
        .iter()
        .map(|e| reading(e, e.span.clone()))
        .collect();
    prop_assert_eq!(
        found,
        composed,
        "left: read from the decomposed text {:?}; right: read from the NFC text {:?} (spans \
         mapped into the decomposed text)",
        decomposed,
        text
    );
    Ok(())
}

proptest! {
    #![proptest_config(config(256))]
    #[test]
    fn nfd_text_reads_as_nfc(text in composed_text()) {
        check_same_as_nfc(&text, Form::Nfd)?;
    }
    #[test]
    fn decomposed_text_with_quality_mark_first_reads_as_nfc(text in composed_text()) {
        check_same_as_nfc(&text, Form::QualityFirst)?;
    }
}

/// The sample report, line by line, reads the same decomposed.
#[test]
fn sample_report_reads_the_same_in_nfd() {
    let report = include_str!("../sample/report.txt");
    for line in report.lines() {
        check_same_as_nfc(line, Form::Nfd).unwrap();
    }
}

/// The hand-made NFD table is right: decomposed letters fold back to the same words.
#[test]
fn nfd_table_is_canonical_decomposition() {
    for (composed, decomposed) in NFD {
        let marks: Vec<char> = decomposed.chars().skip(1).collect();
        // Canonical order: non-decreasing combining class.
        let class = |c: char| match c {
            '\u{31b}' => 216,
            '\u{323}' => 220,
            _ => 230,
        };
        assert!(
            marks.windows(2).all(|w| class(w[0]) <= class(w[1])),
            "{composed}"
        );
        let folded = vnparse::text::Folded::new(&composed.to_string());
        assert_eq!(folded, vnparse::text::Folded::new(decomposed), "{composed}");
    }
    assert_eq!(NFD.len(), 132);
}

/// Every unit of the gazetteer, written `{type} {official name}`, reads as itself and round
/// trips (the deterministic companion of `admin_round_trips_from_the_gazetteer`).
#[test]
#[cfg(feature = "gazetteer")]
fn every_gazetteer_unit_reads_and_round_trips() {
    use vnparse::gazetteer::{units, Era};
    let mut failures = Vec::new();
    let mut total = 0;
    for era in [Era::Before2025, Era::After2025] {
        for unit in units(era) {
            total += 1;
            let written = format!("{} {}", unit.kind, unit.name);
            match written.parse::<AdminUnit>() {
                Err(e) => failures.push(format!("{written:?} does not parse: {e}")),
                Ok(a) => {
                    let text = a.to_string();
                    let again = text.parse::<AdminUnit>();
                    if again.as_ref() != Ok(&a) {
                        failures.push(format!("{written:?} -> {text:?} -> {again:?}"));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} units fail, e.g.:\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Whatever a reader reads from the phrases above, it writes in a form it reads back as the
/// same value (`FromStr` then `Display` then `FromStr`).
#[test]
#[cfg(feature = "gazetteer")]
fn parsed_phrases_round_trip() {
    fn check<T>(input: &str, failures: &mut Vec<String>)
    where
        T: std::str::FromStr + std::fmt::Display + std::fmt::Debug + PartialEq,
        T::Err: std::fmt::Debug,
    {
        if let Ok(value) = input.parse::<T>() {
            let text = value.to_string();
            match text.parse::<T>() {
                Ok(again) if again == value => {}
                again => failures.push(format!(
                    "{}: {input:?} reads {value:?}, written {text:?}, which reads {again:?}",
                    std::any::type_name::<T>()
                        .rsplit("::")
                        .next()
                        .unwrap_or_default()
                )),
            }
        }
    }
    let mut failures = Vec::new();
    let phrases = ENTITY_PIECES
        .iter()
        .chain(NUMERIC)
        .chain(WORDS)
        .chain(FILLER);
    for &input in phrases {
        check::<Number>(input, &mut failures);
        check::<Approx>(input, &mut failures);
        check::<Money>(input, &mut failures);
        check::<Percent>(input, &mut failures);
        check::<Quantity>(input, &mut failures);
        check::<Ratio>(input, &mut failures);
        check::<Ordinal>(input, &mut failures);
        check::<Phone>(input, &mut failures);
        check::<DocNumber>(input, &mut failures);
        check::<Date>(input, &mut failures);
        check::<Time>(input, &mut failures);
        check::<Month>(input, &mut failures);
        check::<Quarter>(input, &mut failures);
        check::<Year>(input, &mut failures);
        check::<AdminUnit>(input, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
