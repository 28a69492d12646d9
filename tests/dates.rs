//! Dates, times, months, quarters and years through the typed API: each row an input and what
//! it reads as, or why it is refused.

use vnparse::date::{Calendar, Date, DayPart, Holiday, Weekday};
use vnparse::period::{Month, Quarter, Year};
use vnparse::time::Time;

fn iso(s: &str) -> String {
    match s.parse::<Date>() {
        Ok(d) => d.to_iso(),
        Err(e) => format!("error: {e}"),
    }
}

#[test]
fn numeric_dates() {
    for (input, want) in [
        ("10/03/2023", "2023-03-10"),
        ("23/4/2014", "2014-04-23"),
        ("25.09.2020", "2020-09-25"),
        ("15-3-2024", "2024-03-15"),
        ("06/01", "--01-06"),
        ("25/11", "--11-25"),
        ("ngày 25/11", "--11-25"),
        ("ngày 22/9/2021", "2021-09-22"),
        ("hôm 27/8", "--08-27"),
        ("10/01/17", "2017-01-10"),
        ("29/2/2024", "2024-02-29"),
        ("29/2", "--02-29"),
    ] {
        assert_eq!(iso(input), want, "{input}");
    }
}

#[test]
fn written_dates() {
    for (input, want) in [
        ("ngày 15 tháng 3 năm 2024", "2024-03-15"),
        ("15 tháng 3", "--03-15"),
        ("mùng 2 tháng 9", "--09-02"),
        ("ngày mồng 1 tháng 5", "--05-01"),
        ("21 thg 5, 2008", "2008-05-21"),
        ("ngày 06 tháng 4 năm 2011", "2011-04-06"),
        // The day in words after its cue.
        ("ngày ba tháng hai năm 1930", "1930-02-03"),
        ("ngày hai mươi mốt tháng mười hai", "--12-21"),
        ("mồng mười tháng ba", "--03-10"),
    ] {
        assert_eq!(iso(input), want, "{input}");
    }
}

#[test]
fn weekdays_and_parts_of_the_day() {
    let d: Date = "Thứ sáu, 10/03/2023".parse().unwrap();
    assert_eq!(
        (d.weekday(), d.weekday_matches()),
        (Some(Weekday::Friday), Some(true))
    );
    let d: Date = "Thứ 6, 25.09.2020".parse().unwrap();
    assert_eq!(d.weekday(), Some(Weekday::Friday));
    let d: Date = "thứ Hai (15/1/2024)".parse().unwrap();
    assert_eq!(
        (d.weekday(), d.weekday_matches()),
        (Some(Weekday::Monday), Some(true))
    );
    let d: Date = "Chủ nhật, 17/3/2024".parse().unwrap();
    assert_eq!(d.weekday(), Some(Weekday::Sunday));
    let d: Date = "CN 17/3/2024".parse().unwrap();
    assert_eq!(d.weekday(), Some(Weekday::Sunday));
    let d: Date = "T2, 18/3/2024".parse().unwrap();
    assert_eq!(d.weekday(), Some(Weekday::Monday));
    // A weekday that does not match is reported, and the date is still read.
    let d: Date = "Thứ hai, 10/03/2023".parse().unwrap();
    assert_eq!(
        (d.to_iso().as_str(), d.weekday_matches()),
        ("2023-03-10", Some(false))
    );
    assert_eq!(d.actual_weekday(), Some(Weekday::Friday));

    for (input, part, want) in [
        ("Sáng ngày 23/4/2014", DayPart::Morning, "2014-04-23"),
        ("Chiều ngày 06/01", DayPart::Afternoon, "--01-06"),
        ("tối 25/9", DayPart::Evening, "--09-25"),
        ("chiều nay (25/9)", DayPart::Afternoon, "--09-25"),
        ("rạng sáng 19/10", DayPart::Morning, "--10-19"),
        ("trưa 1/6", DayPart::Noon, "--06-01"),
        ("đêm 18/10", DayPart::Night, "--10-18"),
    ] {
        let d: Date = input.parse().unwrap();
        assert_eq!(
            (d.part(), d.to_iso().as_str()),
            (Some(part), want),
            "{input}"
        );
    }
}

#[test]
fn lunar_dates_and_tet() {
    for (input, want, holiday) in [
        ("Tết Canh Tý 2020", "2020-01-25", true),
        ("Tết Nguyên đán năm 2023", "2023-01-22", true),
        ("Tết Nguyên đán Giáp Thìn 2024", "2024-02-10", true),
        ("Tết Nguyên đán", "--01-01", true),
        ("mùng 1 Tết", "--01-01", true),
    ] {
        let d: Date = input.parse().unwrap();
        assert_eq!(d.to_iso(), want, "{input}");
        assert_eq!(
            d.holiday() == Some(Holiday::TetNguyenDan),
            holiday,
            "{input}"
        );
    }
    let d: Date = "15/8 âm lịch".parse().unwrap();
    assert_eq!(
        (d.calendar(), d.to_iso().as_str()),
        (Calendar::Lunar, "--08-15")
    );
    assert_eq!(d.resolve((2024, 9, 1)).solar(), Some((2024, 9, 17)));
    let d: Date = "rằm tháng Giêng".parse().unwrap();
    assert_eq!(
        (d.calendar(), d.to_iso().as_str()),
        (Calendar::Lunar, "--01-15")
    );
    let d: Date = "18/2 ÂL".parse().unwrap();
    assert_eq!(d.calendar(), Calendar::Lunar);
    let d: Date = "6 tháng Giêng".parse().unwrap();
    assert_eq!(
        (d.calendar(), d.to_iso().as_str()),
        (Calendar::Lunar, "--01-06")
    );
    // 1985 is a year where the Vietnamese calendar (UTC+7) differs from the Chinese one.
    assert_eq!(iso("Tết Ất Sửu 1985"), "1985-01-21");
    // A can-chi name that does not name the year is refused, saying why.
    let err = "Tết Canh Tý 2021".parse::<Date>().unwrap_err();
    assert!(
        err.to_string()
            .contains("Canh Tý is not the name of 2021 (Tân Sửu)"),
        "{err}"
    );
}

#[test]
fn leap_months() {
    // 2020 repeated its fourth month (tháng 4 nhuận), from 2020-05-23; 2023 its second.
    for (input, solar) in [
        ("ngày 15 tháng 4 nhuận năm 2020 âm lịch", (2020, 6, 6)),
        ("ngày 15 tháng 4 nhuận năm 2020", (2020, 6, 6)),
        ("ngày 15 tháng 4 (nhuận) năm 2020", (2020, 6, 6)),
        ("ngày 15 tháng nhuận năm 2020", (2020, 6, 6)),
        ("mùng 1 tháng 2 nhuận năm 2023", (2023, 3, 22)),
        ("ngày 1 tháng Hai nhuận năm 2023", (2023, 3, 22)),
        ("Ngày 10 tháng nhuận năm 2023 âm lịch", (2023, 3, 31)),
    ] {
        let d: Date = input.parse().unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(
            (d.calendar(), d.is_leap_month(), d.solar()),
            (Calendar::Lunar, true, Some(solar)),
            "{input}"
        );
        assert_eq!(d.to_string().parse::<Date>(), Ok(d), "{input}");
    }
    // With no year, a numbered leap month is still read (its solar day is unknown).
    let d: Date = "rằm tháng 7 nhuận".parse().unwrap();
    assert_eq!(
        (d.is_leap_month(), d.month(), d.day(), d.solar()),
        (true, 7, 15, None)
    );
    assert_eq!(d.to_string(), "ngày 15 tháng 7 nhuận âm lịch");
    // The leap month a year lacks is an error naming the one it has, or saying it has none.
    for (input, why) in [
        (
            "ngày 15 tháng 5 nhuận năm 2020",
            "the leap month of lunar year 2020 is month 4, not month 5",
        ),
        (
            "ngày 15 tháng 4 (nhuận) năm 2023",
            "the leap month of lunar year 2023 is month 2, not month 4",
        ),
        (
            "ngày 15 tháng nhuận năm 2024",
            "lunar year 2024 has no leap month",
        ),
        (
            "ngày 15 tháng 3 nhuận năm 2024",
            "lunar year 2024 has no leap month",
        ),
        (
            "ngày 30 tháng 4 nhuận năm 2020",
            "day 30 does not exist in lunar month 4 (leap)",
        ),
    ] {
        let err = input.parse::<Date>().unwrap_err();
        assert!(err.to_string().ends_with(why), "{input}: {err}");
    }
    // `tháng nhuận` with no year names no month.
    assert!("ngày 15 tháng nhuận".parse::<Date>().is_err());
    // `nhuận` glued to more letters is another word.
    assert!("ngày 15 tháng 4 nhuậnx".parse::<Date>().is_err());
}

/// Every leap month of the independent table (`tests/data/lunar_months.tsv`, from JPL DE405 by
/// `tools/tet_table.py`), written as text, reads as its first day; and every year's leap month
/// is the one `tháng nhuận` names.
#[test]
fn every_leap_month_of_the_table_reads_as_its_first_day() {
    let table = include_str!("data/lunar_months.tsv");
    let mut leap_years = 0;
    for row in table.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = row.split('\t').collect();
        let [year, month, "1", first_day] = cols[..] else {
            continue;
        };
        leap_years += 1;
        for text in [
            format!("ngày 1 tháng {month} nhuận năm {year}"),
            format!("mùng 1 tháng nhuận năm {year} âm lịch"),
        ] {
            let d: Date = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
            let (y, m, day) = d.solar().unwrap_or_else(|| panic!("{text}: no solar day"));
            assert_eq!(format!("{y:04}-{m:02}-{day:02}"), first_day, "{text}");
        }
    }
    assert!(leap_years > 100, "{leap_years} leap months in the table");
}

#[test]
fn lunar_dates_outside_the_calendar_are_errors() {
    for (input, why) in [
        (
            "1/1/2200 âm lịch",
            "lunar year 2200 is outside the lunar calendar's range, 1900 to 2199",
        ),
        (
            "15/8/1899 âm lịch",
            "lunar year 1899 is outside the lunar calendar's range, 1900 to 2199",
        ),
        ("ngày 1 tháng Giêng năm 1000", "lunar year 1000 is outside"),
        (
            "ngày 1 tháng Chạp năm 2199",
            "the lunar calendar is known only up to 2199-12-31",
        ),
    ] {
        let err = input.parse::<Date>().unwrap_err();
        assert!(err.to_string().contains(why), "{input}: {err}");
    }
    // The edges of the range read.
    let first: Date = "1/1/1900 âm lịch".parse().unwrap();
    assert_eq!(first.solar(), Some((1900, 1, 31)));
    let last: Date = "1/11/2199 âm lịch".parse().unwrap();
    assert!(last.solar().is_some());
    // A solar date has no such limit.
    assert_eq!(iso("1/1/2200"), "2200-01-01");
}

#[test]
fn a_wrong_weekday_is_a_conflict() {
    for (input, conflict) in [
        ("Thứ hai, 10/03/2023", true),
        ("Thứ sáu, 10/03/2023", false),
        ("Chủ nhật, 18/3/2024", true),
        ("T2, 18/3/2024", false),
        ("ngày 12/4/2022 (Thứ Tư)", true),
        ("Thứ hai, 10/03", false),
        ("10/03/2023", false),
    ] {
        let d: Date = input.parse().unwrap();
        assert_eq!(d.weekday_conflict(), conflict, "{input}");
    }
}

#[test]
fn years_under_1000_round_trip() {
    for (input, shown) in [
        ("1.3/0223", "ngày 01/03/0223"),
        ("ngày 5/6/0000", "ngày 05/06/0000"),
    ] {
        let d: Date = input.parse().unwrap();
        assert_eq!(d.to_string(), shown, "{input}");
        assert_eq!(shown.parse::<Date>(), Ok(d), "{input}");
    }
    for (input, shown) in [
        ("tháng 1/0000", "tháng 01/0000"),
        ("tháng 7 năm 0099", "tháng 07/0099"),
    ] {
        let m: Month = input.parse().unwrap();
        assert_eq!(m.to_string(), shown, "{input}");
        assert_eq!(shown.parse::<Month>(), Ok(m), "{input}");
    }
    let q: Quarter = "Q2/0023".parse().unwrap();
    assert_eq!(
        (q.year(), q.to_string().as_str()),
        (Some(23), "quý II/0023")
    );
    assert_eq!(q.to_string().parse::<Quarter>(), Ok(q));
    for (input, shown) in [
        ("năm 0020", "năm 0020"),
        ("năm 0019-2020", "giai đoạn 0019-2020"),
    ] {
        let y: Year = input.parse().unwrap();
        assert_eq!(y.to_string(), shown, "{input}");
        assert_eq!(shown.parse::<Year>(), Ok(y), "{input}");
    }
    // Two digits after a dash shorten the last year, never to a whole century.
    assert!("0222-22".parse::<Year>().is_err());
    assert_eq!("1965-96".parse::<Year>().unwrap().to_plain(), "1965..1996");
    assert_eq!("1998-02".parse::<Year>().unwrap().to_plain(), "1998..2002");
}

#[test]
fn what_is_not_a_date() {
    for input in [
        "01/GP-STTTT",
        "20/2021/NĐ-CP",
        "31/02/2023",
        "32/1",
        "25/13",
        "1.2.3",
        "0/5",
    ] {
        assert!(input.parse::<Date>().is_err(), "{input}");
    }
    let err = "31/02/2023".parse::<Date>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "at char 0 (byte 0) in `‸31/02/2023`: day 31 does not exist in February 2023"
    );
    let err = "ngày 29/2/2023".parse::<Date>().unwrap_err();
    assert_eq!(err.offset(), "ngày ".len());
    let err = "25/13".parse::<Date>().unwrap_err();
    assert!(err.to_string().contains("month 13 does not exist"), "{err}");
}

#[test]
fn resolving_a_yearless_date() {
    let d: Date = "ngày 25/12".parse().unwrap();
    assert_eq!(d.resolve((2024, 1, 3)).to_iso(), "2023-12-25");
    assert_eq!(d.resolve((2024, 10, 1)).to_iso(), "2024-12-25");
    let leap: Date = "29/2".parse().unwrap();
    assert_eq!(leap.resolve((2023, 3, 1)).to_iso(), "2024-02-29");
}

#[test]
fn times() {
    for (input, want) in [
        ("17:15:19", "17:15:19"),
        ("17h30", "17:30"),
        ("17g30", "17:30"),
        ("8 giờ 30 phút", "08:30"),
        ("8 giờ sáng", "08:00"),
        ("14h", "14:00"),
        ("9 giờ 15", "09:15"),
        ("3 giờ chiều", "15:00"),
        ("8 giờ tối", "20:00"),
        ("10.30 giờ tối", "22:30"),
        ("12 giờ trưa", "12:00"),
        ("24:00", "24:00"),
    ] {
        let t: Time = input.parse().unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(t.to_iso(), want, "{input}");
    }
    for input in ["25:00", "24:30", "17:60", "17h75", "2:1"] {
        assert!(input.parse::<Time>().is_err(), "{input}");
    }
}

#[test]
fn months_quarters_years() {
    for (input, want) in [
        ("tháng 02/2023", "2023-02"),
        ("tháng 7", "--07"),
        ("tháng 7 năm 2023", "2023-07"),
        ("tháng Giêng", "--01"),
        ("tháng Chạp", "--12"),
        ("tháng 3 Âm lịch", "--03"),
        ("tháng 4 nhuận", "--04"),
        ("tháng 4 (nhuận) năm 2020", "--04"),
        ("tháng 2 nhuận năm 2023 âm lịch", "--02"),
    ] {
        assert_eq!(input.parse::<Month>().unwrap().to_iso(), want, "{input}");
    }
    for (input, want) in [
        ("quý II/2023", "2023-Q2"),
        ("quý 3 năm 2024", "2024-Q3"),
        ("quý I", "Q1"),
        ("Q3/2024", "2024-Q3"),
        ("quý IV", "Q4"),
    ] {
        assert_eq!(input.parse::<Quarter>().unwrap().to_iso(), want, "{input}");
    }
    for (input, want) in [
        ("năm 2022", "2022"),
        ("giai đoạn 2021-2025", "2021..2025"),
        ("năm học 2023-2024", "2023..2024"),
        ("nhiệm kỳ 2020 – 2025", "2020..2025"),
        ("niên độ 2023", "2023"),
        ("năm 1697 đến 1757", "1697..1757"),
        ("SN 1990", "1990"),
    ] {
        assert_eq!(input.parse::<Year>().unwrap().to_plain(), want, "{input}");
    }
    assert!("quý V".parse::<Quarter>().is_err());
    assert!("tháng 13".parse::<Month>().is_err());
    // A bare year is a year when it is the whole text (in free text it needs a cue).
    assert_eq!("2023".parse::<Year>(), Year::new(2023));
    // A leap month its year does not repeat (2020 repeated the fourth).
    assert!("tháng 5 nhuận năm 2020".parse::<Month>().is_err());
    assert!("tháng 4 nhuận năm 2024".parse::<Month>().is_err());
}

#[cfg(feature = "chrono")]
#[test]
fn chrono_conversions() {
    let d: Date = "Tết Canh Tý 2020".parse().unwrap();
    let naive = chrono::NaiveDate::try_from(d).unwrap();
    assert_eq!(naive, chrono::NaiveDate::from_ymd_opt(2020, 1, 25).unwrap());
    assert_eq!(Date::try_from(naive).unwrap().to_iso(), "2020-01-25");
    assert!(chrono::NaiveDate::try_from("25/11".parse::<Date>().unwrap()).is_err());
    let lunar: Date = "15/8/2024 âm lịch".parse().unwrap();
    assert_eq!(
        chrono::NaiveDate::try_from(lunar).unwrap().to_string(),
        "2024-09-17"
    );
    let t: Time = "17h30".parse().unwrap();
    assert_eq!(
        chrono::NaiveTime::try_from(t).unwrap().to_string(),
        "17:30:00"
    );
}

#[cfg(feature = "jiff")]
#[test]
fn jiff_conversions() {
    let d: Date = "ngày 22/9/2021".parse().unwrap();
    let civil = jiff::civil::Date::try_from(d).unwrap();
    assert_eq!(civil, jiff::civil::date(2021, 9, 22));
    assert_eq!(Date::try_from(civil).unwrap().to_iso(), "2021-09-22");
    let t: Time = "8 giờ tối".parse().unwrap();
    assert_eq!(
        jiff::civil::Time::try_from(t).unwrap(),
        jiff::civil::time(20, 0, 0, 0)
    );
}

/// The calendar of a lunar day or month may stand before its year as well as after it:
/// `tháng 5 âm lịch năm 2024` is `tháng 5 năm 2024 âm lịch`.
#[test]
fn the_lunar_calendar_may_stand_before_the_year() {
    for (input, year, month) in [
        ("tháng 5 âm lịch năm 2024", 2024, 5),
        ("tháng Chạp âm lịch năm 2023", 2023, 12),
        ("tháng 4 nhuận âm lịch năm 2020", 2020, 4),
    ] {
        let m: Month = input.parse().unwrap();
        assert_eq!(
            (m.year(), m.month(), m.is_lunar()),
            (Some(year), month, true),
            "{input}"
        );
        assert_eq!(m.to_string().parse::<Month>().unwrap(), m, "{input}");
    }
    for (input, solar) in [
        ("ngày 15 tháng 4 âm lịch năm 2024", (2024, 5, 22)),
        ("rằm tháng Giêng âm lịch năm 2024", (2024, 2, 24)),
        ("15/8 âm lịch năm 2023", (2023, 9, 29)),
    ] {
        let d: Date = input.parse().unwrap();
        assert_eq!(d.solar(), Some(solar), "{input}");
    }
    // Near misses: a year of the next clause, a leap month the year lacks, a year past the
    // lunar calendar's range: the year is not the month's.
    for text in [
        "tháng 7 âm lịch, năm 2023 có mưa",
        "tháng 4 nhuận âm lịch năm 2021",
        "tháng 5 âm lịch năm 2300",
    ] {
        let kinds: Vec<&str> = vnparse::extract(text)
            .iter()
            .map(|e| e.kind().as_str())
            .collect();
        assert_eq!(kinds, ["month", "year"], "{text}");
    }
}

#[test]
fn a_day_in_words_needs_its_cue_and_a_day_that_can_be() {
    for input in [
        "ba tháng hai",
        "ngày ba mươi hai tháng một",
        "ngày hai phẩy năm tháng ba",
        "ngày một triệu tháng ba",
    ] {
        assert!(input.parse::<Date>().is_err(), "{input}");
    }
}
