//! The public nom parsers (`vnparse::parse`) in grammars of other crates: with nom's default
//! error, with `()`, and with an error type that keeps a trace of contexts as nom's old
//! `VerboseError` did. Each says why a value failed, where, as the value's `FromStr` says it.

use vnparse::nom::branch::alt;
use vnparse::nom::bytes::complete::tag;
use vnparse::nom::character::complete::space1;
use vnparse::nom::error::{context, ContextError, ErrorKind, FromExternalError, ParseError};
use vnparse::nom::sequence::{preceded, terminated};
use vnparse::nom::{Err, IResult, Parser};
use vnparse::{parse, Date, Error, Money};

/// nom's default error: it keeps the place and a kind, not the reason.
type NomError<'a> = vnparse::nom::error::Error<&'a str>;

/// An error that keeps everything: nom's kinds, the contexts it passed, and vnparse's reason,
/// each with the input where it arose (the newest last).
#[derive(Debug, Default)]
struct Trace<'a> {
    entries: Vec<(&'a str, Entry)>,
}

#[derive(Debug)]
enum Entry {
    #[allow(dead_code)] // shown by Debug
    Nom(ErrorKind),
    Context(&'static str),
    Value(Error),
}

impl<'a> ParseError<&'a str> for Trace<'a> {
    fn from_error_kind(input: &'a str, kind: ErrorKind) -> Self {
        Trace {
            entries: vec![(input, Entry::Nom(kind))],
        }
    }

    fn append(input: &'a str, kind: ErrorKind, mut other: Self) -> Self {
        other.entries.push((input, Entry::Nom(kind)));
        other
    }
}

impl<'a> ContextError<&'a str> for Trace<'a> {
    fn add_context(input: &'a str, name: &'static str, mut other: Self) -> Self {
        other.entries.push((input, Entry::Context(name)));
        other
    }
}

impl<'a> FromExternalError<&'a str, Error> for Trace<'a> {
    fn from_external_error(input: &'a str, _: ErrorKind, e: Error) -> Self {
        Trace {
            entries: vec![(input, Entry::Value(e))],
        }
    }
}

impl Trace<'_> {
    /// vnparse's reason, if one is in the trace.
    fn reason(&self) -> Option<&Error> {
        self.entries.iter().find_map(|(_, e)| match e {
            Entry::Value(e) => Some(e),
            _ => None,
        })
    }

    fn contexts(&self) -> Vec<&'static str> {
        let names = self.entries.iter().filter_map(|(_, e)| match e {
            Entry::Context(name) => Some(*name),
            _ => None,
        });
        names.collect()
    }
}

/// The error of a recoverable failure.
fn refused<T: std::fmt::Debug, E>(result: IResult<&str, T, E>) -> E {
    match result {
        Err(Err::Error(e)) => e,
        other => panic!(
            "expected Err::Error, got {:?}",
            other.map(|(rest, _)| rest).ok()
        ),
    }
}

/// `Hạn nộp: <date>, số tiền <money>` in a context per field.
fn payment<'a, E>(input: &'a str) -> IResult<&'a str, (Date, Money), E>
where
    E: ParseError<&'a str> + ContextError<&'a str> + FromExternalError<&'a str, Error>,
{
    (
        preceded(
            (tag("Hạn nộp:"), space1),
            context("due date", terminated(parse::date, tag(","))),
        ),
        preceded(
            (space1, tag("số tiền"), space1),
            context("amount", parse::money),
        ),
    )
        .parse(input)
}

#[test]
fn a_grammar_reads_with_any_error_type() {
    let line = "Hạn nộp: 15/03/2024, số tiền 12,5 triệu đồng.";
    let check = |(rest, (due, amount)): (&str, (Date, Money))| {
        assert_eq!(rest, ".");
        assert_eq!(due.to_iso(), "2024-03-15");
        assert_eq!(amount.to_string(), "12.500.000 đồng");
    };
    check(payment::<NomError>(line).unwrap());
    check(payment::<()>(line).unwrap());
    check(payment::<Trace>(line).unwrap());
}

#[test]
fn the_reason_survives_the_grammar() {
    let line = "Hạn nộp: 31/02/2023, số tiền 12,5 triệu đồng";
    let trace = refused(payment::<Trace>(line));
    let why = trace.reason().expect("vnparse's reason");
    assert_eq!(
        why.kind().to_string(),
        "day 31 does not exist in February 2023"
    );
    assert_eq!(trace.contexts(), ["due date"]);
    // The input the error was given is the text from the day on.
    let (at, _) = trace.entries.first().expect("an entry");
    assert_eq!(
        &line[line.len() - at.len()..],
        "31/02/2023, số tiền 12,5 triệu đồng"
    );

    // The second field: the amount lacks its currency.
    let trace = refused(payment::<Trace>("Hạn nộp: 28/02/2023, số tiền 12,5 triệu"));
    assert_eq!(
        trace.reason().map(ToString::to_string).as_deref(),
        Some(
            "at char 10 (byte 12) in `12,5 triệu‸`: unexpected end of input, expected a \
             currency such as `đồng`, `VND`, `USD` or `$`"
        )
    );
    assert_eq!(trace.contexts(), ["amount"]);

    // nom's own errors stay nom's: the layout is not vnparse's to explain.
    let trace = refused(payment::<Trace>("Hạn: 28/02/2023"));
    assert!(trace.reason().is_none());
}

#[test]
fn nom_s_default_error_keeps_the_place() {
    let line = "Hạn nộp: 31/02/2023, số tiền 12,5 triệu đồng";
    let e = refused(payment::<NomError>(line));
    assert_eq!(e.input, "31/02/2023, số tiền 12,5 triệu đồng");
    assert_eq!(e.code, ErrorKind::Verify);
    assert_eq!(payment::<()>(line), Err(Err::Error(())));
}

/// The reason each parser gives for an input that is none of its values, with nom's default
/// error replaced by vnparse's own (as `Trace` keeps it).
fn reason<'a, T: std::fmt::Debug>(
    parser: impl Fn(&'a str) -> IResult<&'a str, T, Trace<'a>>,
    input: &'a str,
) -> String {
    let trace = refused(parser(input));
    let why = trace.reason().expect("vnparse's reason");
    // The input handed over starts where the error points.
    let (at, _) = trace.entries.first().expect("an entry");
    assert_eq!(input.len() - at.len(), why.offset(), "{input}");
    why.to_string()
}

#[test]
fn every_parser_says_why() {
    let table: &[(String, &str)] = &[
        (
            reason(parse::date, "ngày 30/2/2024 là"),
            "at char 5 (byte 6) in `ngày ‸30/2/2024 là`: day 30 does not exist in February 2024",
        ),
        (
            reason(parse::date, "Tết Giáp Thìn 2025"),
            "at char 0 (byte 0) in `‸Tết Giáp Thìn 20…`: Giáp Thìn is not the name of 2025 (Ất Tỵ)",
        ),
        (
            reason(parse::money, "trên 5 triệu người"),
            "at char 13 (byte 16) in `trên 5 triệu ‸người`: unexpected `n`, expected a currency \
             such as `đồng`, `VND`, `USD` or `$`",
        ),
        (
            reason(parse::percent, "7,22 điểm"),
            "at char 5 (byte 5) in `7,22 ‸điểm`: unexpected `đ`, expected `%` or `phần trăm`",
        ),
        (
            reason(parse::quarter, "quý V/2023"),
            "at char 4 (byte 5) in `quý ‸V/2023`: unexpected `V`, expected a quarter number \
             (I–IV or 1–4)",
        ),
        (
            reason(parse::month, "tháng 13/2023"),
            "at char 6 (byte 7) in `tháng ‸13/2023`: unexpected `1`, expected a month from 1 to \
             12, or its name such as `Sáu`",
        ),
        (
            reason(parse::year, "năm 13 tuổi"),
            "at char 4 (byte 5) in `năm ‸13 tuổi`: unexpected `1`, expected a year of four \
             digits, such as `2022`",
        ),
        (
            reason(parse::time, "14:"),
            "at char 3 (byte 3) in `14:‸`: unexpected end of input, expected minutes from 00 to 59",
        ),
        (
            reason(parse::ordinal, "lần thứ"),
            "at char 7 (byte 11) in `lần thứ‸`: unexpected end of input, expected a rank: a \
             number, a Roman numeral such as `IV`, or `nhất`",
        ),
        (
            reason(parse::number, "người"),
            "at char 0 (byte 0) in `‸người`: unexpected `n`, expected a number such as `1.337`, \
             `27 tỉ` or `hai mươi mốt`",
        ),
        (
            reason(parse::quantity, "1.200 xyz"),
            "at char 6 (byte 6) in `1.200 ‸xyz`: unexpected `x`, expected what it counts, such \
             as `người`, `hộ` or `kg`",
        ),
        (
            reason(parse::ratio, "20/2021/NĐ-CP"),
            "at char 7 (byte 7) in `20/2021‸/NĐ-CP`: unexpected `/`, expected a ratio such as \
             `10/10 phường`",
        ),
        (
            reason(parse::admin, "tp Xyz"),
            "at char 3 (byte 3) in `tp ‸Xyz`: unexpected `X`, expected the name of a city the \
             gazetteer knows (or `TP` before any name)",
        ),
        (
            reason(parse::address, "xã Gia Hòa, huyện Gia Viễn, tỉnh Sóc Trăng"),
            "at char 12 (byte 14) in `xã Gia Hòa, ‸huyện Gia Viễn, …`: `huyện Gia Viễn` does \
             not lie in `tỉnh Sóc Trăng`",
        ),
        (
            reason(parse::phone, "0912 345"),
            "at char 0 (byte 0) in `‸0912 345`: unexpected `0`, expected a Vietnamese phone \
             number such as `0912 345 678` or `+84 912 345 678`",
        ),
        (
            reason(parse::docnum, "20/2021/"),
            "at char 8 (byte 8) in `20/2021/‸`: unexpected end of input, expected the symbol of \
             the document, such as `NĐ-CP`",
        ),
        (
            reason(parse::money, ""),
            "at char 0 (byte 0): empty input, expected an amount of money such as `1,5 tỷ đồng`",
        ),
    ];
    for (got, want) in table {
        assert_eq!(got, want);
    }
}

#[test]
fn the_error_looks_only_near_where_reading_stopped() {
    // A parser tried at every place of a long text stays linear: its error reads a window.
    let long = format!("trên 5 triệu {}", "người ".repeat(100_000));
    assert_eq!(
        reason(parse::money, &long),
        "at char 13 (byte 16) in `trên 5 triệu ‸người người ngườ…`: unexpected `n`, expected a \
         currency such as `đồng`, `VND`, `USD` or `$`"
    );
}

#[test]
fn a_number_too_large_is_a_failure() {
    let digits = "9".repeat(40);
    match parse::number::<Trace>(&digits) {
        Err(Err::Failure(trace)) => assert_eq!(
            trace.reason().map(|e| e.kind().clone()),
            Some(vnparse::ErrorKind::Overflow)
        ),
        other => panic!("{:?}", other.map(|(rest, _)| rest)),
    }
}

#[test]
fn alternatives_try_the_next_branch() {
    fn period(input: &str) -> IResult<&str, String, Trace<'_>> {
        alt((
            parse::date.map(|d| d.to_iso()),
            parse::month.map(|m| m.to_iso()),
            parse::quarter.map(|q| q.to_iso()),
            parse::year.map(|y| y.to_plain()),
        ))
        .parse(input)
    }
    for (input, want) in [
        ("ngày 30/6/2025", "2025-06-30"),
        ("tháng 6/2025", "2025-06"),
        ("quý II/2025", "2025-Q2"),
        ("năm 2025", "2025"),
    ] {
        assert_eq!(
            period(input).map(|(_, v)| v).ok().as_deref(),
            Some(want),
            "{input}"
        );
    }
}

#[test]
fn a_parser_reads_no_context_after_what_it_reads() {
    // `vượt` qualifies the amount for the parser; that a comparison after it makes the amount
    // an excess is the extractor's reading of the sentence, not the parser's.
    let (rest, m) = parse::money::<NomError<'_>>("vượt 1.200 tỷ đồng so với dự toán").unwrap();
    assert_eq!(rest, " so với dự toán");
    assert_eq!(m.to_string(), "trên 1.200.000.000.000 đồng");
    let found = vnparse::extract("Thu ngân sách vượt 1.200 tỷ đồng so với dự toán.");
    assert_eq!(found[0].value_string(), "1200000000000");
}

#[test]
fn what_a_parser_reads_whole_its_from_str_reads_the_same() {
    fn same<'a, T>(input: &'a str, parser: impl Fn(&'a str) -> IResult<&'a str, T, NomError<'a>>)
    where
        T: std::str::FromStr<Err = Error> + PartialEq + std::fmt::Debug,
    {
        let (rest, read) = parser(input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
        assert_eq!(rest, "", "{input}");
        assert_eq!(input.parse::<T>().as_ref(), Ok(&read), "{input}");
    }
    same::<Date>("Thứ sáu, 10/03/2023", parse::date);
    same::<Money>("gần 1,5 tỷ đồng", parse::money);
    same::<vnparse::Percent>("5,8-6%", parse::percent);
    same::<vnparse::Month>("tháng Giêng năm 2025", parse::month);
    same::<vnparse::Quarter>("quý IV/2023", parse::quarter);
    same::<vnparse::Year>("nhiệm kỳ 2020 – 2025", parse::year);
    same::<vnparse::Time>("8 giờ sáng", parse::time);
    same::<vnparse::Ordinal>("lần thứ IV", parse::ordinal);
    same::<vnparse::AdminUnit>("huyện Gia Viễn", parse::admin);
    same::<vnparse::Phone>("0912 345 678", parse::phone);
    same::<vnparse::DocNumber>("20/2021/NĐ-CP", parse::docnum);
    same::<vnparse::Ratio>("10/10 phường", parse::ratio);
    same::<vnparse::Quantity>("54.205 đối tượng", parse::quantity);
}
