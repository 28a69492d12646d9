//! The forms each date and period type reads, as a table of inputs and the value or error each
//! gives (issue 10), then the round trips: every value a constructor makes is written by
//! `Display` (and `to_iso`/`to_plain`) in a form `FromStr` reads back as the same value.

use proptest::prelude::*;
use proptest::sample::select;
use vnparse::date::{CanChi, Date, DayPart, Weekday};
use vnparse::period::{Month, Quarter, Year};
use vnparse::time::Time;

fn name(year: i32) -> CanChi {
    CanChi::of_year(year)
}

/// The value, or where reading failed (in bytes) and why: the whole message, with its quoted
/// window, is what tests/errors.rs checks.
fn read<T: std::str::FromStr<Err = vnparse::Error> + std::fmt::Debug>(
    input: &str,
) -> Result<T, String> {
    input
        .parse::<T>()
        .map_err(|e| format!("at byte {}: {}", e.offset(), e.kind()))
}

// ---------------------------------------------------------------------------------------------
// Dates.

#[test]
fn dates_read_their_own_iso_form() {
    for (input, want) in [
        ("2024-03-15", Date::new(Some(2024), 3, 15)),
        ("--03-15", Date::new(None, 3, 15)),
        (" 2024-09-02 ", Date::new(Some(2024), 9, 2)),
        ("0023-01-01", Date::new(Some(23), 1, 1)),
        ("2024-02-29", Date::new(Some(2024), 2, 29)),
        ("--02-29", Date::new(None, 2, 29)),
    ] {
        assert_eq!(read::<Date>(input), Ok(want.unwrap()), "{input}");
    }
    // The fixed holiday of the day is set, as for any other form of it.
    assert_eq!(
        read::<Date>("2024-09-02").unwrap(),
        read::<Date>("02/09/2024").unwrap()
    );
}

#[test]
fn iso_dates_that_cannot_exist_are_errors() {
    for (input, why) in [
        ("2024-13-01", "at byte 0: month 13 does not exist"),
        (
            "2023-02-29",
            "at byte 0: day 29 does not exist in February 2023",
        ),
        ("--04-31", "at byte 0: day 31 does not exist in April"),
        ("2024-00-10", "at byte 0: month 0 does not exist"),
        (
            "2024-01-00",
            "at byte 0: day 0 does not exist in January 2024",
        ),
    ] {
        assert_eq!(read::<Date>(input), Err(why.to_string()), "{input}");
    }
    // Not the ISO form: one digit, a five-digit year, a time after it.
    for input in [
        "2024-3-15",
        "20245-03-15",
        "2024-03-15T10:00",
        "--3-15",
        "2024-03",
    ] {
        assert!(read::<Date>(input).is_err(), "{input}");
    }
}

#[test]
fn dates_of_a_year_named_by_its_can_chi_keep_the_name() {
    for (input, want) in [
        ("Tết Bính Ngọ", Date::tet_of(name(2026))),
        ("Tết Nguyên đán Bính Ngọ", Date::tet_of(name(2026))),
        ("Tết Quý Mão", Date::tet_of(name(2023))),
        (
            "ngày 20 tháng Giêng năm Kỷ Hợi",
            Date::lunar_of(name(2019), 1, 20, false).unwrap(),
        ),
        (
            "13/8 năm Tân Sửu",
            Date::lunar_of(name(2021), 8, 13, false).unwrap(),
        ),
        (
            "27-10-Tân Sửu",
            Date::lunar_of(name(2021), 10, 27, false).unwrap(),
        ),
    ] {
        let date = read::<Date>(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(date, want, "{input}");
        assert_eq!(date.year(), None, "{input}");
        assert_eq!(read::<Date>(&date.to_string()), Ok(date), "{input}");
    }
    // Tết Bính Ngọ is the name of no other date than Tết: it differs from bare Tết.
    assert_ne!(read::<Date>("Tết Bính Ngọ"), read::<Date>("Tết Nguyên đán"));
}

#[test]
fn a_reference_date_resolves_the_can_chi_to_the_nearest_year() {
    let tet: Date = "Tết Bính Ngọ".parse().unwrap();
    for (reference, want) in [
        ((2025, 6, 1), "2026-02-17"),
        ((2026, 12, 31), "2026-02-17"),
        ((1990, 1, 1), "1966-01-21"),
        ((2050, 1, 1), "2026-02-17"),
        ((2060, 1, 1), "2086-02-14"),
    ] {
        let resolved = tet.resolve(reference);
        assert_eq!(resolved.to_iso(), want, "{reference:?}");
        assert_eq!(
            resolved,
            Date::tet(resolved.year()).unwrap(),
            "{reference:?}"
        );
    }
    let day: Date = "ngày 20 tháng Giêng năm Kỷ Hợi".parse().unwrap();
    assert_eq!(day.resolve((2024, 6, 1)).solar(), Some((2019, 2, 24)));
    assert_eq!(day.resolve((2024, 6, 1)).can_chi(), Some(name(2019)));
    // Tết with no name, near a year's turn, is the nearer Tết.
    let tet: Date = "Tết Nguyên đán".parse().unwrap();
    assert_eq!(tet.resolve((2024, 12, 20)).to_iso(), "2025-01-29");
    assert_eq!(tet.resolve((2024, 3, 1)).to_iso(), "2024-02-10");
    // A date with a year is as it is.
    let d: Date = "10/03/2023".parse().unwrap();
    assert_eq!(d.resolve((1900, 1, 1)), d);
}

#[test]
fn a_can_chi_that_is_not_the_years_is_an_error_naming_the_right_one() {
    for (input, why) in [
        (
            "Tết Đinh Mão 2020",
            "Đinh Mão is not the name of 2020 (Canh Tý)",
        ),
        (
            "ngày 1 tháng Giêng năm Đinh Mão 2020",
            "Đinh Mão is not the name of 2020 (Canh Tý)",
        ),
        (
            "Tết Nguyên đán Giáp Thìn 2025",
            "Giáp Thìn is not the name of 2025 (Ất Tỵ)",
        ),
    ] {
        let err = read::<Date>(input).unwrap_err();
        assert!(err.ends_with(why), "{input}: {err}");
    }
    // A stem and branch of different parity name no year, and are no date.
    assert!(read::<Date>("Tết Canh Sửu").is_err());
    assert!(read::<CanChi>("Canh Sửu").is_err());
}

#[test]
fn dates_cannot_be_built_invalid() {
    for (built, why) in [
        (Date::new(Some(2023), 13, 45), "month 13 does not exist"),
        (
            Date::new(Some(2023), 2, 29),
            "day 29 does not exist in February 2023",
        ),
        (Date::new(None, 4, 31), "day 31 does not exist in April"),
        (
            Date::new(Some(10_000), 1, 1),
            "year 10000 is outside 0 to 9999",
        ),
        (Date::new(Some(-1), 1, 1), "year -1 is outside 0 to 9999"),
        (
            Date::lunar(Some(2024), 4, 15, true),
            "lunar year 2024 has no leap month",
        ),
        (
            Date::lunar(Some(2300), 1, 1, false),
            "lunar year 2300 is outside the lunar calendar's range, 1900 to 2199",
        ),
        (
            Date::lunar(None, 8, 31, false),
            "day 31 does not exist in lunar month 8",
        ),
        (
            Date::tet(Some(2200)),
            "Tết of 2200 is outside the lunar calendar's range, 1900 to 2199",
        ),
        (
            Date::tet_of(name(2026)).with_part(DayPart::Morning),
            "Tết Bính Ngọ is written with no weekday or part of the day",
        ),
        (
            Date::tet_of(name(2026)).with_weekday(Weekday::Monday),
            "Tết Bính Ngọ is written with no weekday or part of the day",
        ),
    ] {
        assert_eq!(
            built.map_err(|e| e.to_string()),
            Err(format!("at byte 0: {why}"))
        );
    }
}

#[test]
fn tet_with_a_weekday_or_part_of_the_day_is_written_back_as_tet() {
    let tet = Date::tet(Some(2020)).unwrap();
    let saturday = tet.with_weekday(Weekday::Saturday).unwrap();
    assert_eq!(saturday.to_string(), "Thứ Bảy, mùng 1 Tết 2020");
    assert_eq!(read::<Date>(&saturday.to_string()), Ok(saturday));
    let morning = Date::tet(None)
        .unwrap()
        .with_part(DayPart::Morning)
        .unwrap();
    assert_eq!(morning.to_string(), "sáng mùng 1 Tết");
    assert_eq!(read::<Date>("sáng mùng 1 Tết"), Ok(morning));
}

// ---------------------------------------------------------------------------------------------
// Months.

#[test]
fn months_in_the_forms_of_tables_and_iso() {
    let solar = |y, m| Month::new(y, m).unwrap();
    let lunar = |y, m| Month::lunar(y, m).unwrap();
    for (input, want) in [
        ("12/2023", solar(Some(2023), 12)),
        ("1/2024", solar(Some(2024), 1)),
        ("T12/2023", solar(Some(2023), 12)),
        ("T3/2024", solar(Some(2024), 3)),
        ("2023-12", solar(Some(2023), 12)),
        ("--12", solar(None, 12)),
        ("tháng 12/2023", solar(Some(2023), 12)),
        ("tháng Giêng năm 2025", lunar(Some(2025), 1)),
        ("tháng Chạp", lunar(None, 12)),
        ("tháng 5 âm lịch", lunar(None, 5)),
        ("tháng 05/2025 âm lịch", lunar(Some(2025), 5)),
        ("tháng 3 Âm lịch", lunar(None, 3)),
        ("tháng Giêng năm Canh Thìn (1820)", lunar(Some(1820), 1)),
    ] {
        assert_eq!(read::<Month>(input), Ok(want), "{input}");
    }
    // The lunar flag is written back; the ISO form of a lunar month is its number alone, as
    // the extractor's contract writes it.
    let m: Month = "tháng Giêng năm 2025".parse().unwrap();
    assert_eq!(
        (m.to_string().as_str(), m.to_iso().as_str()),
        ("tháng 01/2025 âm lịch", "--01")
    );
}

#[test]
fn months_that_cannot_exist_are_errors() {
    for (input, why) in [
        ("T13/2023", "at byte 0: month 13 does not exist"),
        ("13/2023", "at byte 0: month 13 does not exist"),
        ("2023-13", "at byte 0: month 13 does not exist"),
        ("--00", "at byte 0: month 0 does not exist"),
        ("T0/2023", "at byte 0: month 0 does not exist"),
    ] {
        assert_eq!(read::<Month>(input), Err(why.to_string()), "{input}");
    }
    for input in [
        "T12/23",
        "12/2023/1",
        "T12",
        "123/2023",
        "tháng 13",
        "2023-1",
    ] {
        assert!(read::<Month>(input).is_err(), "{input}");
    }
    assert!(Month::new(Some(2023), 13).is_err());
    assert!(Month::lunar(Some(-5), 1).is_err());
}

// ---------------------------------------------------------------------------------------------
// Quarters.

#[test]
fn quarters_read_their_iso_form() {
    for (input, want) in [
        ("2023-Q2", Quarter::new(Some(2023), 2)),
        ("Q4", Quarter::new(None, 4)),
        ("quý II/2023", Quarter::new(Some(2023), 2)),
    ] {
        assert_eq!(read::<Quarter>(input), Ok(want.unwrap()), "{input}");
    }
    for (input, why) in [
        ("2023-Q5", "at byte 0: quarter 5 does not exist"),
        ("Q0", "at byte 0: quarter 0 does not exist"),
    ] {
        assert_eq!(read::<Quarter>(input), Err(why.to_string()), "{input}");
    }
    for input in ["2023-Q", "2023Q2", "Q12", "23-Q2"] {
        assert!(read::<Quarter>(input).is_err(), "{input}");
    }
}

// ---------------------------------------------------------------------------------------------
// Years.

#[test]
fn years_bare_plain_and_named() {
    for (input, want) in [
        ("2024", Year::new(2024).unwrap()),
        ("0099", Year::new(99).unwrap()),
        ("2021..2025", Year::span(2021, 2025).unwrap()),
        ("năm 2022", Year::new(2022).unwrap()),
        ("năm Đinh Mùi", Year::named(name(1967))),
        ("Năm Đinh Mùi", Year::named(name(1967))),
        ("Đinh Mùi", Year::named(name(1967))),
        ("năm Kỉ Hợi", Year::named(name(2019))),
        ("năm Đinh Mão (1807)", Year::new(1807).unwrap()),
        ("năm Canh Tý 2020", Year::new(2020).unwrap()),
    ] {
        assert_eq!(read::<Year>(input), Ok(want), "{input}");
    }
    let named: Year = "năm Đinh Mùi".parse().unwrap();
    assert_eq!(named.can_chi(), Some(name(1967)));
    assert_eq!(named.resolve(2025), Year::new(2027).unwrap());
    assert_eq!(named.resolve(1990), Year::new(1967).unwrap());
    assert_eq!(named.resolve(1997), Year::new(1967).unwrap()); // thirty years either way
    assert_eq!(
        Year::new(2024).unwrap().resolve(1),
        Year::new(2024).unwrap()
    );
}

#[test]
fn years_that_contradict_themselves_are_errors() {
    for (input, why) in [
        (
            "năm Đinh Mão (1808)",
            "at byte 17: Đinh Mão is not the name of 1808 (Mậu Thìn)",
        ),
        (
            "năm Đinh Mão 2020",
            "at byte 16: Đinh Mão is not the name of 2020 (Canh Tý)",
        ),
        ("2025..2021", "at byte 0: the span 2025-2021 runs backwards"),
    ] {
        assert_eq!(read::<Year>(input), Err(why.to_string()), "{input}");
    }
    for input in [
        "20245",
        "năm Canh Sửu",
        "2021..",
        "..2025",
        "năm Đinh Mùi 67",
    ] {
        assert!(read::<Year>(input).is_err(), "{input}");
    }
    assert!(Year::span(2025, 2021).is_err());
    assert!(Year::new(10_000).is_err());
}

// ---------------------------------------------------------------------------------------------
// Times.

#[test]
fn times_cannot_be_built_or_read_invalid() {
    for input in ["24:00:30", "24:30", "25:00", "12:60", "12:00:60"] {
        assert!(read::<Time>(input).is_err(), "{input}");
    }
    assert_eq!(
        read::<Time>("24:00:00"),
        Ok(Time::new(24, 0, Some(0)).unwrap())
    );
    for (built, why) in [
        (
            Time::new(24, 0, Some(30)),
            "24:00:30 does not exist: 24:00 is the last time of a day",
        ),
        (Time::new(8, 60, None), "08:60 does not exist"),
        (
            Time::new(3, 0, None).and_then(|t| t.with_part(DayPart::Afternoon)),
            "03:00 chiều is read as 15:00",
        ),
        (
            Time::new(12, 0, None).and_then(|t| t.with_part(DayPart::Night)),
            "12:00 đêm is read as 00:00",
        ),
    ] {
        assert_eq!(
            built.map_err(|e| e.to_string()),
            Err(format!("at byte 0: {why}"))
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Round trips from the constructors.

const PARTS: [DayPart; 5] = [
    DayPart::Morning,
    DayPart::Noon,
    DayPart::Afternoon,
    DayPart::Evening,
    DayPart::Night,
];

fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    let leap = year.is_none_or(|y| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A solar date made by `Date::new`: any existing day, year 0 to 9999 or none.
fn solar_date() -> impl Strategy<Value = Date> {
    (
        proptest::option::of(0i32..=9999),
        1u8..=12,
        any::<proptest::sample::Index>(),
    )
        .prop_map(|(year, month, index)| {
            let day = index.index(usize::from(days_in_month(year, month))) as u8 + 1;
            Date::new(year, month, day).expect("an existing day")
        })
}

fn can_chi() -> impl Strategy<Value = CanChi> {
    (0i32..60).prop_map(|k| CanChi::of_year(1984 + k))
}

/// Any date the constructors make: solar, lunar (with a year, none, or a can-chi), leap
/// months, Tết, each maybe with a weekday and a part of the day.
fn date() -> impl Strategy<Value = Date> {
    let lunar = (
        proptest::option::of(1900i32..=2199),
        1u8..=12,
        1u8..=29,
        any::<bool>(),
    )
        // The last lunar months of 2199 fall in solar 2200, past the calendar's table: those
        // days are refused, and drawn again.
        .prop_filter_map(
            "a lunar day the calendar knows",
            |(year, month, day, leap)| {
                // A leap month is the one its year repeats; a year repeating none has no leap month.
                let repeated = year.and_then(vnparse::lunar::leap_month);
                let (year, month) = match (leap, repeated) {
                    (true, Some(m)) => (year, m),
                    (true, None) => (None, month),
                    (false, _) => (year, month),
                };
                Date::lunar(year, month, day, leap).ok()
            },
        );
    let named = (can_chi(), 1u8..=12, 1u8..=30, any::<bool>()).prop_map(|(n, m, d, leap)| {
        Date::lunar_of(n, m, d, leap).expect("a day of a named lunar year")
    });
    let tet = proptest::option::of(1900i32..=2199).prop_map(|y| Date::tet(y).expect("Tết"));
    let decorated = (
        prop_oneof![5 => solar_date(), 2 => lunar, 1 => named, 1 => tet],
        proptest::option::of(select(&Weekday::ALL[..])),
        proptest::option::of(select(&PARTS[..])),
    )
        .prop_map(|(date, weekday, part)| {
            let date = weekday.map_or(date, |w| date.with_weekday(w).expect("a weekday"));
            part.map_or(date, |p| date.with_part(p).expect("a part of the day"))
        });
    let tet_named = can_chi().prop_map(Date::tet_of);
    prop_oneof![9 => decorated, 1 => tet_named]
}

fn month() -> impl Strategy<Value = Month> {
    (proptest::option::of(0i32..=9999), 1u8..=12, any::<bool>()).prop_map(|(y, m, lunar)| {
        if lunar {
            Month::lunar(y, m).expect("a month")
        } else {
            Month::new(y, m).expect("a month")
        }
    })
}

fn quarter() -> impl Strategy<Value = Quarter> {
    (proptest::option::of(0i32..=9999), 1u8..=4)
        .prop_map(|(y, q)| Quarter::new(y, q).expect("a quarter"))
}

fn year() -> impl Strategy<Value = Year> {
    prop_oneof![
        (0i32..=9999).prop_map(|y| Year::new(y).expect("a year")),
        (0i32..=9999, 1i32..=200)
            .prop_map(|(y, span)| Year::span(y, (y + span).min(9999)).expect("a span")),
        can_chi().prop_map(Year::named),
    ]
}

/// A time `Time::new` makes (24:00 only as 24:00), and maybe a part of the day that leaves its
/// hour as it is.
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
            let time = Time::new(hour, minute, second).expect("a time of day");
            part.and_then(|p| time.with_part(p).ok()).unwrap_or(time)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn dates_read_back_what_display_writes(d in date()) {
        prop_assert_eq!(d.to_string().parse::<Date>(), Ok(d), "{}", d);
    }

    #[test]
    fn solar_dates_read_back_their_iso_form(d in solar_date()) {
        prop_assert_eq!(d.to_iso().parse::<Date>(), Ok(d), "{}", d.to_iso());
    }

    #[test]
    fn months_read_back_what_display_writes(m in month()) {
        prop_assert_eq!(m.to_string().parse::<Month>(), Ok(m), "{}", m);
        if !m.is_lunar() {
            prop_assert_eq!(m.to_iso().parse::<Month>(), Ok(m), "{}", m.to_iso());
        }
    }

    #[test]
    fn quarters_read_back_what_display_and_to_iso_write(q in quarter()) {
        prop_assert_eq!(q.to_string().parse::<Quarter>(), Ok(q), "{}", q);
        prop_assert_eq!(q.to_iso().parse::<Quarter>(), Ok(q), "{}", q.to_iso());
    }

    #[test]
    fn years_read_back_what_display_and_to_plain_write(y in year()) {
        prop_assert_eq!(y.to_string().parse::<Year>(), Ok(y), "{}", y);
        prop_assert_eq!(y.to_plain().parse::<Year>(), Ok(y), "{}", y.to_plain());
    }

    #[test]
    fn times_read_back_what_display_writes(t in time()) {
        prop_assert_eq!(t.to_string().parse::<Time>(), Ok(t), "{}", t);
        let bare = Time::new(t.hour(), t.minute(), t.second()).expect("a time");
        prop_assert_eq!(t.to_iso().parse::<Time>(), Ok(bare), "{}", t.to_iso());
    }

    #[test]
    fn a_named_year_resolves_to_the_nearest_year_of_its_name(n in can_chi(), reference in 60i32..=9939) {
        let y = Year::named(n).resolve(reference).first().expect("a number");
        prop_assert!(n.names(y));
        prop_assert!((y - reference).abs() <= 30, "{} from {}", y, reference);
    }
}
