//! The registry of readers: one table of every reader the extractor tries, the places it may
//! start at, and the reading it gives there with the rules of context that belong to it.
//!
//! At a place where an entity may start (see `triggers`), every reader whose bit is in the
//! place's mask reads; the longest reading wins, and on a tie the reader listed first. Adding a
//! kind is a module with its parser, a reader function here and one line in [`READERS`] (the
//! README works the example of a temperature through).

use super::*;
use std::cell::OnceCell;

/// Where the readers read: the text, the position, what was found just before, and the facts
/// of context several readers ask, each found once.
pub(super) struct Place<'t, 'e> {
    pub text: &'t str,
    pub pos: usize,
    /// The text before the position and from it.
    pub before: &'t str,
    pub rest: &'t str,
    /// The entity found last, before the position.
    pub last: Option<&'e Entity>,
    pub units: &'e Units,
    /// The readers that may start here.
    pub mask: u32,
    labelled: OnceCell<bool>,
    lexical: OnceCell<Option<(usize, Quantity)>>,
    digits: OnceCell<&'t str>,
}

impl<'t, 'e> Place<'t, 'e> {
    pub(super) fn new(
        text: &'t str,
        pos: usize,
        mask: u32,
        last: Option<&'e Entity>,
        units: &'e Units,
    ) -> Self {
        Place {
            text,
            pos,
            before: &text[..pos],
            rest: &text[pos..],
            last,
            units,
            mask,
            labelled: OnceCell::new(),
            lexical: OnceCell::new(),
            digits: OnceCell::new(),
        }
    }

    /// The text from the amount here, past a qualifier or `từ` before it (see
    /// [`after_qualifier`]): asked by many rules, read once.
    fn digits(&self) -> &'t str {
        self.digits.get_or_init(|| after_qualifier(self.rest))
    }

    /// The year the digits here are, if they are four plain digits of this century or the last
    /// (1900 to 2100): the shape of a year written alone.
    fn written_year(&self) -> Option<u16> {
        let digits = self.digits();
        let run = digits.bytes().take_while(u8::is_ascii_digit).count();
        digits
            .get(..run)
            .filter(|_| run == 4)
            .and_then(|d| d.parse::<u16>().ok())
            .filter(|y| (1900..=2100).contains(y))
    }

    /// Whether the amount here (past its qualifier) is multiplied by a scale (`500 nghìn`,
    /// `2tr`): a sum, counted by none of the nouns a count takes.
    fn scaled(&self) -> bool {
        crate::number::amount(self.digits()).is_ok_and(|(_, a)| a.scaled)
    }

    /// Whether the amount here (past its qualifier) is the part of a fraction said in words
    /// (`khoảng một phần tư`): it counts no `phần`.
    fn opens_a_fraction(&self) -> bool {
        crate::quantity::fraction_in_words(self.digits()).is_some()
    }

    /// Where a reading that leaves `after` unread ends, in the text: `after` is the end of
    /// `rest`, so it is never longer than the text (if it were, nothing is read).
    fn at(&self, after: &str) -> Option<usize> {
        self.text.len().checked_sub(after.len())
    }

    /// The text from the position here up to `after`, a tail of it: what a reading read.
    fn read_to(&self, after: &str) -> &'t str {
        self.rest
            .get(..self.rest.len().saturating_sub(after.len()))
            .unwrap_or_default()
    }

    /// The noun a count here counts, the lexicon's first, else a noun it lacks (`loại 100 con`,
    /// `set 3 món ăn`).
    fn counted_noun(&self) -> Option<String> {
        self.lexical()
            .map(|(_, q)| q.unit.clone())
            .or_else(|| open_quantity(self.rest, false).map(|(_, q)| q.unit))
    }

    /// Whether a label takes the number here: `nhóm 1`, but `nhóm khoảng 15 đối tượng` and
    /// `mỗi nhóm 4 người` count, and so does a number of tens of thousands grouped before a
    /// noun of the lexicon, which numbers no one of a series (`liều 100.000 đơn vị`; `số
    /// 1.024 đọc là` is the number, `Phòng 1.204 khách sạn` a room).
    fn labelled(&self) -> bool {
        *self.labelled.get_or_init(|| {
            let grouped = || {
                crate::number::numeral(self.digits()).is_ok_and(|(_, n)| {
                    n.grouping == crate::number::Grouping::Thousands
                        && n.value >= Decimal::from(10_000)
                }) && self.lexical().is_some()
            };
            self.mask & (QUANTITY | RATIO) != 0
                && approx_phrase(self.rest).is_err()
                && (is_labelled(self.before) || self.ends_a_ticket())
                && !grouped()
                && !self.after_a_counted_label()
                && !self.counts_after_a_list_of_labels()
                && !label_taken_distributively(self.before)
                && !self.measures_time_or_size()
                && !self.dispatched()
        })
    }

    /// Whether the number here is the two digits a lottery ticket ends in, after `đuôi` (`vé đuôi
    /// 68 đài Tây Ninh`): a label; a tail counted, `đuôi 2 màu`, `đuôi 200 chiếc lông`, is no
    /// ticket's.
    fn ends_a_ticket(&self) -> bool {
        let two_digits = self.rest.bytes().take_while(u8::is_ascii_digit).count() == 2;
        two_digits && previous_word(self.before).is_some_and(|w| same(w, "đuôi"))
    }

    /// Whether the number here follows a verb written as a label is (`điều`, to dispatch, not
    /// the article `Điều`; `cấp`, to issue, not the level `cấp 12`): in lower case and before
    /// a count the lexicon reads (`điều 6 xe cứu thương`, `cấp 02 giấy phép`, and `Cấp 300 sổ
    /// đỏ` past any level), it is the verb;
    /// `khoản 2 điều 5 của Luật`, `gió mạnh cấp 12` stay labels.
    /// `top` takes a count so too, in any case (`lọt Top 10 doanh nghiệp`: ten businesses; `lọt
    /// top 5` stays a label), and so does a noun of a group before a count of its members
    /// (`nhóm 6 thanh niên`).
    fn dispatched(&self) -> bool {
        let Some(word) = previous_word(self.before) else {
            return false;
        };
        // (Capitalized, `Cấp` opens the sentence as the verb where its amount is past any
        // level, the winds' seventeen the highest: `Cấp 300 sổ đỏ cho người dân`, `Cấp 1 triệu
        // khẩu trang`, where `Cấp 12` is a level.)
        let issued = || {
            same(word, "cấp")
                && crate::number::amount(self.digits())
                    .is_ok_and(|(_, a)| a.value >= Decimal::from(18))
        };
        let verb = word_in(word, VERBS_WRITTEN_AS_LABELS) && (!is_capitalized(word) || issued());
        // (`đội`, to wear or carry on the head, before a count of things classified or held:
        // `chị đội 2 chiếc mũ`, `đội 3 thúng gạo`; `đội 1 đề nghị` is a team.)
        let worn = || {
            same(word, "đội")
                && !is_capitalized(word)
                && self
                    .lexical()
                    .is_some_and(|(_, q)| crate::quantity::classified_or_held(&q.unit))
        };
        // (`top 5 tháng này`, `top 10 lần thứ hai`: a time or times after it is no count of it.)
        let top = || {
            same(word, "top")
                && self.lexical().is_some_and(|(_, q)| {
                    !crate::quantity::is_measure_or_duration(&q.unit) && q.unit != "lần"
                })
        };
        // (`nhóm 6 thanh niên`, `đội 5 cầu thủ`: a group of people is counted by its members,
        // where a group named by its number has none after it, `nhóm 1 gồm 5 người`; so is
        // a room, a table or a pitch by the people it holds, `phòng 4 người`, `bàn 10 người`,
        // `sân 7 người`.)
        let group = || {
            // (A room or a table holds a few, no more than fifty: `Phòng 1.204 khách sạn`
            // numbers a room.)
            let holds = |q: &Quantity| match q.amount {
                Amount::Exact(n) => n <= Decimal::from(50),
                Amount::Range(_, high) => high <= Decimal::from(50),
            };
            let room = word_in(word, &["phòng", "bàn", "sân"]);
            // (A class taken whole or each, `Cả lớp 40 em`, `mỗi lớp 35 học sinh`, is counted
            // so; `lớp 12` alone is a grade.)
            let class = same(word, "lớp")
                && without_last(self.before.trim_end(), word.len())
                    .and_then(previous_word)
                    .is_some_and(|w| word_in(w, &["cả", "mỗi", "một", "từng"]));
            // (A shift too, by the people on it: `trong ca 3 người`.)
            // (A room by its beds too: `phòng 2 giường`.)
            // (A batch by what it holds: `lô 37 con nhập từ Campuchia`, `lô 20 tấn`.)
            let batch = same(word, "lô")
                && self.lexical().is_some_and(|(_, q)| {
                    crate::quantity::classified_or_held(&q.unit)
                        || crate::quantity::is_measure_or_duration(&q.unit)
                            && !crate::quantity::DURATIONS.contains(&q.unit.as_str())
                });
            if batch {
                return true;
            }
            (room || class || word_in(word, &["nhóm", "đội", "đoàn", "tốp", "toán", "ca"]))
                && self.lexical().is_some_and(|(_, q)| {
                    let beds = room && q.unit == "giường";
                    (crate::quantity::names_people(&q.unit) || beds) && (!room || holds(q))
                })
        };
        // (`vùng 4 tỉnh Tây Nguyên`, `khu vực 3 đồng bằng`: a region is counted by what it
        // covers, a noun of the lexicon, where one named by its number has none after it,
        // `vùng 2 áp dụng`, `khu vực 1 phát hiện`.)
        let region = || word_in(word, &["vực", "vùng"]) && self.lexical().is_some();
        // (So is a case by who or what it befell, `vụ 3 người chết`, `Vụ 2 bé gái mất tích`,
        // where a crop named by its number has none, `vụ 2 thả giống`.)
        // (A board and a station are counted by what they measure or hold, `ván 3 phân`, `nhà
        // ga 2 tầng`, where a game or a terminal named by its number has none after it, or a
        // name, `ván 9 Giải vô địch`, or a noun numbered in its turn, `ván 7 bàn 1`, the
        // game and the board a result is of.)
        let measured_or_holding = || {
            let lower_after = self
                .rest
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
                .trim_start()
                .starts_with(char::is_lowercase);
            // (`ván 7 bàn 1:`; not `ván 3 lớp 2 tấm`, `nhà ga 3 tầng 12.000 m2`, where the
            // number after the noun counts or measures in its turn.)
            let numbered_in_its_turn = |end: usize| {
                let next = self
                    .text
                    .get(end..)
                    .unwrap_or_default()
                    .trim_start_matches(crate::text::is_space);
                next.starts_with(|c: char| c.is_ascii_digit())
                    && quantity(self.units, next).is_err()
            };
            word_in(word, &["ván", "ga"])
                && lower_after
                && self
                    .lexical()
                    .is_some_and(|(end, _)| !numbered_in_its_turn(*end))
        };
        // (`set` is a kit or a set menu as often, counted by what it holds, `set 4 người`, `Set 3
        // món`, where a set of a match is followed by the match at most, `set 4 trận gặp Hà
        // Tĩnh`.)
        let a_kit = || {
            same(word, "set")
                && self
                    .counted_noun()
                    .is_some_and(|unit| !word_in(&unit, &["trận", "ván", "hiệp"]))
        };
        let a_case = || {
            same(word, "vụ")
                && (self.lexical().is_some()
                    || open_quantity(self.rest, false)
                        .is_some_and(|(_, q)| crate::quantity::names_people(&q.unit)))
        };
        // (`loại 100 con`, `tuýp 20 viên`, `hạng 7 chỗ`: a kind or a pack is told by the count
        // of the things it holds, where one named by its number has none after it, `loại 1
        // giá`, or what it ranks, `hạng 1 quốc gia`, `loại 2 người nuôi`.)
        let kind = || {
            word_in(word, crate::quantity::KINDS_TOLD_BY_A_COUNT)
                && self.counted_noun().is_some_and(|unit| {
                    crate::quantity::classified_or_held(&unit)
                        || word_in(&unit, THINGS_A_KIND_HOLDS)
                })
        };
        // (`tập` practises whatever it counts, a noun the lexicon lacks too: `tập 3 động
        // tác`; but one thing practised is rarely said where the first volume is named so
        // often, `tập 1 phát hành ngày 1/6`.)
        // (Not before the work the volume or episode is of: `tập 24 phim 'Gió ngang…'`.)
        let practised = || {
            same(word, "tập")
                && open_quantity(self.rest, false).is_some_and(|(_, q)| {
                    q.amount != Amount::Exact(Decimal::ONE)
                        && !WORKS.iter().any(|w| {
                            q.unit
                                .strip_prefix(w)
                                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
                        })
                })
        };
        // (`tuần` before a count of times, sessions, periods of a class, shifts, matches or
        // meals counts them in a week, no week's number: `Tuần 3 buổi, mỗi buổi 2 tiếng`, `tuần
        // 2 lần`, `Tuần 3 bữa cá`, `tuần 4 tiết`.)
        let weekly = || {
            same(word, "tuần")
                && self.lexical().is_some_and(|(_, q)| {
                    crate::quantity::counts_times(&q.unit)
                        || word_in(&q.unit, &["tiết", "ca", "lượt", "trận"])
                })
        };
        verb && (self.lexical().is_some() || practised())
            || weekly()
            || worn()
            || top()
            || group()
            || region()
            || a_case()
            || measured_or_holding()
            || a_kit()
            || kind()
    }

    /// Whether the number here counts a unit of time, a measure or times (`đoạn 3 km`, `gián
    /// đoạn 47 phút`, `mở cổng 2 lần`): a label names one of a series, and nothing measured in
    /// minutes or kilometres, nor a number of times, is one; but a noun of time that names a
    /// point of time is no length (`tuần 2 tháng 3`, a week of a month; `lớp 12 năm nay`, a
    /// grade this year). A measure of size names no time whatever follows (`đoạn 5 km qua
    /// đèo`: through the pass, not the past five kilometres).
    fn measures_time_or_size(&self) -> bool {
        self.lexical().is_some_and(|(end, q)| {
            let measure = crate::quantity::is_measure_or_duration(&q.unit) || q.unit == "lần";
            let of_time = crate::quantity::DURATIONS.contains(&q.unit.as_str());
            let after = self.text.get(*end..).unwrap_or_default();
            measure
                && !(of_time
                    && names_a_point_in_time(after)
                    && !length_of_a_plan(self.before, &q.unit, after))
        })
    }

    /// Whether the number here, after a label and a link rather than right after the label,
    /// counts people or a noun that names nothing after it (`lớp 9 và 150 phụ huynh`, `Điều 3
    /// và 12 cán bộ`, `lớp 10, 2 buổi/tuần`): a list of labels goes on with bare numbers
    /// (`lớp 9 và 10`, `Điều 5, 6 Nghị định`), and a number with a noun of its own after it
    /// is a count, unless a name follows that noun (`phòng 402 và 405 nhà D3`).
    fn counts_after_a_list_of_labels(&self) -> bool {
        let after = crate::number::amount(self.digits()).map_or("", |(r, _)| r);
        // (A noun as written in a sentence, in lower case, and no label of its own: `khoản 1
        // và 2 điều 8`, `Điều 5 và 6 Nghị định 15` go on naming.)
        // (A noun of two words that opens with a label's is its own: `3 phòng ngủ`.)
        // (Or one that ends its item, a comma or the sentence after it: `ngõ 5, 4 tầng,`.)
        let compound = || {
            self.lexical().is_some_and(|(end, q)| {
                let after_noun = self.text.get(*end..).unwrap_or_default();
                // (Or a rate of it: `lớp 11, 3 tiết mỗi tuần`.)
                let rate = next_word(after_noun)
                    .is_some_and(|(w, _)| word_in(w, &["mỗi", "hằng", "hàng"]));
                q.unit.contains(' ')
                    || after_noun.starts_with([',', '.', ';', '/'])
                    || after_noun.is_empty()
                    || rate
            })
        };
        // (Or an abbreviation the lexicon counts, in capitals: `km 30, 14 VĐV bị loại`.)
        let noun = next_word(after).is_some_and(|(w, _)| {
            w.starts_with(char::is_lowercase)
                && (!crate::extract::context::is_label_word(w) || compound())
                || crate::text::in_capitals(w) && self.lexical().is_some()
        });
        // (Only after a link: after an abbreviation, `p.302 nhà A2`, the number is a label.)
        let head = self.before.trim_end_matches(crate::text::is_space);
        let linked =
            head.ends_with(',') || previous_word(head).is_some_and(|w| word_in(w, &["và", "hoặc"]));
        // (A noun other than people after one labelled number, `lớp 10, 2 buổi`; a list of
        // numbers goes on naming before a verb, `Tổng đài 113, 114, 115 hoạt động`.)
        let one_label_before = || {
            let item = head.trim_end_matches(',');
            let item = match previous_word(item).filter(|w| word_in(w, &["và", "hoặc"])) {
                Some(link) => without_last(item, link.len()).unwrap_or_default(),
                None => item,
            };
            let label = item.trim_end_matches(|c: char| c.is_ascii_digit());
            label.len() < item.len()
                && label.ends_with(crate::text::is_space)
                && crate::extract::context::label_at_end(label).is_some()
        };
        // (People, or a noun that names nothing after it: a building or a room after the
        // number is named by what follows, `phòng 402 và 405 nhà D3`; `lớp 10, 2 buổi/tuần`
        // counts sessions.)
        // (A name right after the noun: after a comma the next item begins, `lv 85, 12 tướng,
        // 47 skin`.)
        let named = |after_noun: &str| {
            let (next, _) = space0_str(after_noun);
            !next.starts_with([',', ';', '.'])
                && (next_word(after_noun).is_some_and(|(w, _)| {
                    w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                }) || next.starts_with(|c: char| c.is_ascii_digit()))
        };
        let counted = || match self.lexical() {
            Some((end, q)) => {
                let after_noun = self.text.get(*end..).unwrap_or_default();
                crate::quantity::names_people(&q.unit) || !named(after_noun) && one_label_before()
            }
            // (A noun the lexicon lacks, of one word: `12 tướng` after `lv 85,`.)
            None => next_word(after)
                .is_some_and(|(_, after_noun)| !named(after_noun) && one_label_before()),
        };
        // (The labels of a document's parts go on as a list: `Điều 5, 6 và 7 người`.)
        let of_a_document = || {
            self.before
                .split(char::is_whitespace)
                .filter(|w| !w.is_empty())
                .rev()
                .take(8)
                .any(crate::extract::context::is_document_label)
        };
        linked
            && crate::extract::context::label_at_end(self.before).is_none()
            && !of_a_document()
            && noun
            && counted()
    }

    /// The count the lexicon of nouns reads here, if any (read once: the readers of nouns it
    /// lacks stand back where it reads one).
    fn lexical(&self) -> Option<&(usize, Quantity)> {
        self.lexical
            .get_or_init(|| {
                let (r, q) = quantity(self.units, self.rest).ok()?;
                Some((self.at(r)?, q))
            })
            .as_ref()
    }

    /// Whether an amount here would start inside a numeral in words (`ba nghìn` in `hai trăm
    /// ba nghìn`): no amount reader reads there.
    fn inside_a_numeral(&self) -> bool {
        inside_a_numeral(self.before, self.rest)
    }

    /// Whether the amount here is written in digits (after its qualifier): only digits number a
    /// house (`145 quốc lộ 20`), so a count in words counts the label noun after it (`ba loại
    /// 150.000, 250.000 và 400.000 đồng`, `hai nhóm 5 người`).
    fn counted_in_digits(&self) -> bool {
        // (A sign before them too: `loạn -0.75 trục 180`.)
        self.digits()
            .trim_start_matches(['-', '+', '−'])
            .starts_with(|c: char| c.is_ascii_digit())
    }

    /// Whether `bạn` after the amount here is the pronoun that talks to a buyer: after a sum
    /// with a scale (`Chỉ với 500 nghìn bạn đã có`, `99k bạn nhé`), unless a word of a noun
    /// goes on with it (`2 triệu bạn trẻ`, `10 nghìn bạn đọc`); a count of people has no
    /// scale (`tám bạn đạt học sinh giỏi`, `5 bạn nữ`). So is any word of address after a
    /// sum with a scale that a particle of calling follows (`Sáu chục ngàn em ơi`, `500k chị
    /// nhé`), or the end of a clause after a price in the slang of money (`20k em, thêm
    /// trứng`); after a scale word a count of people ends so as often (`gần 2 nghìn chị.`),
    /// and `con` after any scale a count of animals (`đàn heo 2 ngàn con.`).
    fn addresses_the_buyer(&self, q: &Quantity, after: &str) -> bool {
        const NOUNS: &[&str] = &["trẻ", "đọc", "học", "nhỏ", "bè", "nữ", "nam", "sinh", "xem"];
        const CALLS: &[&str] = &["ơi", "nhé", "nha", "ạ", "à", "nhá"];
        const ADDRESSED: &[&str] = &[
            "em", "anh", "chị", "cô", "chú", "bác", "cháu", "con", "ông", "bà", "bạn",
        ];
        // (Any word of address after a sum, then a particle that calls or asks: `Sáu chục ngàn
        // em ơi`, `500k chị nhé`.)
        let called = || {
            ADDRESSED.contains(&q.unit.as_str())
                && next_word(after).is_some_and(|(w, _)| word_in(w, CALLS))
        };
        let clause_ends = || {
            let rest = space0_str(after).0;
            rest.is_empty() || rest.starts_with([',', '.', ';', '!', '?', '\n', '…'])
        };
        let said_at_the_end = || {
            ADDRESSED.contains(&q.unit.as_str())
                && q.unit != "con"
                && in_slang_of_money(self.digits())
                && clause_ends()
        };
        self.scaled()
            && (q.unit == "bạn"
                && !split_word(space0_str(after).0).is_some_and(|(w, _)| word_in(w, NOUNS))
                || called()
                || said_at_the_end())
    }

    /// Whether `giờ` after the amount here means "now": after a sum in the slang of money
    /// (`mua 450k giờ để lại 200k`, `bỏ 2tr giờ thành 20tr`), which counts no hours.
    fn now_after_a_sum(&self, q: &Quantity) -> bool {
        q.unit == "giờ" && in_slang_of_money(self.digits())
    }

    /// Whether the amount here, a day and month written with a dash or a dot (a range, `2-9`,
    /// or a decimal, `8.3`), is that day: after a word of an occasion or joined to a date before
    /// it, and before `năm` and a word naming the year from now (`Dịp 2-9 năm nay`, `Dịp 8.3
    /// năm nay`, `nghỉ lễ 30-4 và 1-5 năm nay`, a holiday's break: `Kỳ nghỉ 2-9 năm nay`), for
    /// an occasion falls on a day; or joined to a
    /// date and counting no time nor measure (`từ 30-4 đến 3-5 nghỉ lễ`); or after the name of
    /// a day of observance (`Ngày Quốc tế Phụ nữ 8.3 năm nay`, `Dịp Giáng sinh 25.12 phố đi
    /// bộ`), unless it measures (`Ngày Hội Nước 20.5 mm`). A range of years or days stays one
    /// (`sau 2-3 năm`, `nghỉ lễ 4-5 ngày`, `dịp 2-3 ngày`).
    fn day_of_an_occasion(&self, q: &Quantity, after: &str) -> bool {
        // (Only a year placed in time is no count of years: `nghỉ lễ 4-5 ngày` and `dịp 2-3
        // tuần tới` count days and weeks. `qua` after a count is the past so many years:
        // `dịp 2-3 năm qua`.)
        let year_from_now = q.unit == "năm"
            && next_word(after).is_some_and(|(word, _)| {
                crate::period::placing_word(word).is_some() && !same(word, "qua")
            });
        // (`Dịp Tết 1.5 triệu người`: a day takes no scale.)
        let d_m = || {
            kept_raw_date(self.rest).is_some_and(|(_, raw)| {
                matches!(raw.separator, Some('-' | '.'))
                    && raw.date.year.is_none()
                    && raw.is_valid()
            }) && !crate::number::amount(self.rest).is_ok_and(|(_, a)| a.scaled)
        };
        if !d_m() {
            return false;
        }
        // (A break is a holiday's: `Kỳ nghỉ 2-9 năm nay`; not `Sau kỳ nghỉ 2-3 năm nay`.)
        let holiday = || kept_raw_date(self.rest).is_some_and(|(_, raw)| a_break_is_for(&raw));
        let occasion = previous_word(self.before).is_some_and(|w| word_in(w, &["dịp", "lễ"]))
            || a_break_before(self.before) && holiday()
            || ends_with_phrase(
                self.before.trim_end_matches(crate::text::is_space),
                "kỷ niệm",
            );
        let paired = pairs_days(self.text, self.last, self.pos);
        let measures = crate::quantity::is_measure_or_duration(&q.unit);
        // (Paired with a day, a range counts no noun but time or a measure: `từ 30-4 đến 3-5
        // nghỉ lễ` is two days.)
        (occasion || paired) && year_from_now
            || paired && !measures
            || observance_named_before(self.before) && (year_from_now || !measures)
    }

    /// The count found last, if it is of the same sentence as the place, and whether only
    /// `và` or a comma stands between them: the count a numeral here is set against (`12 bác
    /// sĩ và một dược sĩ`, `4 người chết, một người bị thương`).
    fn count_before(&self) -> Option<(&'e Quantity, bool)> {
        let e = self.last?;
        let Value::Quantity(other) = &e.value else {
            return None;
        };
        // (A count far back is of another sentence, as far as this one goes: the text between
        // is not searched, so that a long run with no entity stays linear.)
        let between = self.text.get(e.span.end..self.pos).unwrap_or_default();
        let same_sentence =
            crate::text::fits(between, SENTENCE_REACH) && !between.contains(['.', '\n', ';']);
        // (`và` compared as a word: in NFD it is written with a combining grave. A word or
        // two that qualify a count of people before may stand before the link: `11 cầu thủ
        // chính thức và một thủ môn`; after things, `hai sào ruộng và một con trâu`, the words
        // may be the noun's own, and `một` the article.)
        let link = between.trim_matches(crate::text::is_space);
        // (A comma alone lists counts of things, `12 xã, một thị trấn`; after a span of days, a
        // measure or an estimate it closes a clause, and `một` opens the next as the article:
        // `15 - 20 ngày, một tàu phải mang theo`, `6 – 8 cầu, một đàn khỏe có thể có`, `odo
        // 45.000 km, một chủ từ đầu`.)
        let listed_before = matches!(other.amount, Amount::Exact(_))
            && !crate::quantity::of_time_or_times(&other.unit)
            && !crate::quantity::is_measure_or_duration(&other.unit);
        let qualifier = match link.strip_suffix(',') {
            Some(head) if listed_before || !head.is_empty() => Some(head),
            Some(_) => None,
            None => previous_word(link)
                .filter(|w| same(w, "và"))
                .and_then(|w| without_last(link, w.len())),
        };
        let of_people = crate::quantity::names_people(&other.unit);
        let linked = qualifier.is_some_and(|q| {
            let words = q.split_whitespace();
            words.clone().count() <= if of_people { 2 } else { 0 }
                && words.clone().all(|w| {
                    w.chars().all(|c| {
                        !c.is_uppercase() && !c.is_ascii_digit() && !c.is_ascii_punctuation()
                    })
                })
        });
        same_sentence.then_some((other, linked))
    }

    /// Whether digits and a capital letter here, after a street noun, are the street's number
    /// (`quốc lộ 4H`, `đường 3B`): no hours and no count; `đi đường 9h sáng` is a time.
    fn street_number(&self) -> bool {
        let after_digits = self.rest.trim_start_matches(|c: char| c.is_ascii_digit());
        let capital_after_digits = crate::text::starts_with_a_plain_capital(after_digits);
        capital_after_digits && previous_word(self.before).is_some_and(is_street_noun)
    }

    /// Whether hours here, on the hour and of no part of the day, are the next item of a list
    /// whose item before is a length of hours, with the words that filled them (`2 giờ lý
    /// thuyết và 2 giờ thực hành`, `3 tiếng chạy bộ, 1 giờ bơi`): items set side by side are of
    /// one kind.
    fn next_length_of_hours(&self, t: &Time) -> bool {
        let Some((other, _)) = self.count_before() else {
            return false;
        };
        let Some(e) = self.last else {
            return false;
        };
        let between = self.text.get(e.span.end..self.pos).unwrap_or_default();
        let head = between.trim_end_matches(crate::text::is_space);
        // (What fills the hours is written after them, `2 giờ bơi, 1 giờ`, or before, `ngủ 5
        // tiếng, học 2 giờ`, `học 2 giờ, rồi làm thêm 4 giờ`.)
        let filled_after = match head.strip_suffix(',') {
            Some(h) => Some(h),
            None => previous_word(head)
                .filter(|w| word_in(w, &["và", "hoặc"]))
                .and_then(|w| without_last(head, w.len())),
        };
        let filled_before = || {
            let tail = between.trim_start_matches(crate::text::is_space);
            let tail = match tail.strip_prefix(',') {
                Some(t) => t,
                None => split_word(tail)
                    .filter(|(w, _)| word_in(w, &["và", "hoặc"]))
                    .map(|(_, t)| t)?,
            };
            let tail = match next_word(tail) {
                Some((w, t)) if word_in(w, &["rồi", "còn"]) => t,
                _ => tail,
            };
            Some(tail.trim())
        };
        let filled = filled_after.or_else(filled_before);
        // (Words that place or link the hours fill none: `theo dõi 72 giờ, đến 7 giờ ngày
        // 12/5`, `làm 8 giờ, từ 22 giờ`.)
        const PLACING: &[&str] = &["đến", "tới", "từ", "lúc", "đúng", "sau", "trước"];
        let filled = filled.filter(|f| !f.split_whitespace().any(|w| word_in(w, PLACING)));
        // (What filled the hours before is one to three lower-case words, no number: `ngủ 6
        // tiếng, 8 giờ dậy` sets no activity between them.)
        // (An activity written after its hours may run longer where the hours do not go up,
        // as a timetable's would: `2 giờ tham quan bảo tàng, 1 giờ sinh hoạt lớp`.)
        let most = match other.amount {
            Amount::Exact(h) | Amount::Range(_, h) => h,
        };
        let not_later = Decimal::from(t.hour()) <= most;
        let longest = if filled_after.is_some() && not_later {
            8
        } else {
            3
        };
        let few_words = filled.is_some_and(|f| {
            let mut words = f.split_whitespace();
            // (Letters in lower case, or the combining marks of NFD, opening it; a name may
            // follow: `học tiếng Anh`.)
            let count = words.clone().count();
            let no_digit = words
                .clone()
                .all(|w| !w.chars().any(|c| c.is_ascii_digit()));
            (1..=longest).contains(&count) && words.next().is_some_and(in_lower_case) && no_digit
        });
        ["giờ", "tiếng"].contains(&other.unit.as_str())
            && t.minute() == 0
            && t.part().is_none()
            && few_words
    }

    /// Whether a count of years or an age stands right before here, nothing but spaces between
    /// (`17 tuổi 3 tháng 12 ngày`, `2 năm 5 tháng 3 ngày`): a count of months after it is the
    /// next part of one length, and the number after that counts its days, no day of a month.
    fn after_a_count_of_years(&self) -> bool {
        let years = |e: &Entity| matches!(&e.value, Value::Quantity(q) if q.unit == "tuổi" || q.unit == "năm");
        // (Only a count of days after the months makes them one length: `30 tuổi 3 tháng 12
        // năm 2020` and `70 tuổi 2 tháng 9 năm nay` name a day.)
        let months_then_days = || {
            // (The text past a number, in digits or words, and the spaces after it: `17 tuổi
            // 3 tháng 12 ngày`, `mười tuổi ba tháng hai ngày`.)
            let past_a_number = |text: &'t str| {
                let (after, _) = crate::number::amount(text).ok()?;
                Some(space1(after).ok()?.0)
            };
            past_a_number(self.rest)
                .and_then(|r| crate::text::keyword_rest(r, "tháng"))
                .and_then(|r| past_a_number(space1(r).ok()?.0))
                .is_some_and(|r| split_word(r).is_some_and(|(w, _)| same(w, "ngày")))
        };
        last_just_before(self.text, self.last, self.pos, |_| false).is_some_and(years)
            && months_then_days()
    }

    /// Whether the digits here, after a month of its own, are past the months of a year and
    /// count no size (`lương tháng 13 năm nay`; but `3 triệu/tháng 25m²` measures): a label
    /// (see [`month_past_twelve`]).
    fn month_number_past_twelve(&self, q: &Quantity) -> bool {
        month_past_twelve(self.before, self.digits()) && !measures_size(&q.unit)
    }

    /// Whether the amount here is a price: scaled and after a word of price (`giá 2 tỷ 350 triệu
    /// bao phí sang tên`, `phí 20K vận chuyển`, `giá chỉ 3,65 tỷ bao phí`), it counts nothing
    /// after it.
    fn scaled_price(&self) -> bool {
        after_a_word_of_price(self.before) && self.scaled()
    }

    /// Whether the number here is an alley's after its house's and a slash, where an address
    /// places the two (see `house_and_alley_numbers`): `số 15/8 đường nguyễn văn linh` counts
    /// no street.
    fn alley_of_a_house(&self) -> bool {
        let Some(house_end) = self.before.strip_suffix('/') else {
            return false;
        };
        let house_start = house_end
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .len();
        house_start < house_end.len()
            && house_and_alley_numbers(
                self.text.get(..house_start).unwrap_or_default(),
                self.text.get(house_start..).unwrap_or_default(),
            )
    }

    /// Whether the number here is a year after a word that places a time, which opens its
    /// clause (`Đến 2030 thành phố sẽ có metro`, `Trong 2024 công ty tuyển thêm`, `Sau 2025
    /// người dân được hưởng`): the clause opens with the time it is placed in, and the noun
    /// after the year is its subject, no thing counted. A measure or a length is counted
    /// (`Trong 2024 giờ`), and so is anything after such a word inside a clause (`tăng tới
    /// 2000 người`).
    fn year_opening_a_clause(&self, q: &Quantity) -> bool {
        const PLACING_A_TIME: &[&str] = &["đến", "tới", "trong", "sau", "trước", "từ", "vào"];
        // (The word may be a compound's last: `Kể từ 2026`, `Tính đến 2024`, `Từ sau 2025`.)
        const OPENING_A_COMPOUND: &[&str] = &["kể", "tính", "cho", "từ"];
        let opens = |head: &str| opens_a_clause(head) || opens_a_sentence(head);
        let mut back = words_back(self.before);
        let placed = back.next().is_some_and(|(w, head)| {
            word_in(w, PLACING_A_TIME)
                && (opens(head)
                    || back
                        .next()
                        .is_some_and(|(w, head)| word_in(w, OPENING_A_COMPOUND) && opens(head)))
        });
        // (A count so large is round, a year of the record a century's rarely: `Năm nay, từ
        // 2000 người đăng ký…` counts.)
        placed
            && self.written_year().is_some_and(|y| y % 100 != 0)
            && matches!(q.amount, Amount::Exact(_))
            && q.approx.is_none()
            && !crate::quantity::is_measure_or_duration(&q.unit)
    }

    /// Whether the amount here is `năm` after a word that takes a period (`hằng năm anh chị em
    /// về thăm`, `mỗi năm hai lần`): that is the year, every year, and no numeral five.
    fn year_of_a_frequency(&self) -> bool {
        const TAKES_A_PERIOD: &[&str] = &["hằng", "hàng", "mỗi", "cuối", "đầu", "giữa", "cả"];
        split_word(self.rest).is_some_and(|(w, _)| same(w, "năm"))
            && previous_word(self.before).is_some_and(|w| word_in(w, TAKES_A_PERIOD))
    }

    /// Whether the noun after the number here opens a term of office or a congress numbered in
    /// Roman (`Hội nghị Trung ương 11 khóa XIII`, `đợt 3 Đại hội XIV`): that noun is the
    /// ordinal's, not what the number counts.
    fn unit_opens_a_term(&self) -> bool {
        let digits = self.digits();
        let Some(after) = digits.get(crate::number::numeral_extent(digits)..) else {
            return false;
        };
        let (noun, _) = space0_str(after);
        let term = split_word(noun).is_some_and(|(w, _)| same(w, "khóa") || same(w, "đại"));
        // (`3 khóa XIII, XIV và XV`: a list of terms after the noun is what the number counts.)
        let listed = |rest: &str| {
            let (link, _) = space0_str(rest);
            let after_link = match link.strip_prefix(',') {
                Some(r) => Some(r),
                None => next_word(rest)
                    .filter(|(w, _)| same(w, "và"))
                    .map(|(_, r)| r),
            };
            after_link.is_some_and(|r| crate::number::roman(space0_str(r).0).is_ok())
        };
        term && crate::ordinal::ordinal(noun).is_ok_and(|(rest, _)| !listed(rest))
    }

    /// Whether the digits here, with a capital glued after them, number a place after the noun
    /// of one (`Phòng 12L`, `tầng 15L`, `lô 3B`): a code, where `can 5L` measures litres.
    fn code_of_a_place(&self) -> bool {
        const PLACES: &[&str] = &["phòng", "tầng", "lầu", "căn", "lô", "tòa", "block", "khu"];
        let digits = self.rest.bytes().take_while(u8::is_ascii_digit).count();
        let capital = self
            .rest
            .get(digits..)
            .is_some_and(crate::text::starts_with_a_plain_capital);
        digits > 0
            && capital
            && (self.labelled() || previous_word(self.before).is_some_and(|w| word_in(w, PLACES)))
    }

    /// Whether the noun of a count in digits labels the number after it (`145 quốc lộ 20`),
    /// unless that number counts a noun of its own (`chia 3 tổ 12 người`, see
    /// [`Self::a_free_count`]).
    fn labels_next_number(&self, q: &Quantity, after: &str) -> bool {
        // (`Cấp cứu 115 điều 6 xe`: a verb written as a label counts nothing before it.)
        let verb = word_in(&q.unit, VERBS_WRITTEN_AS_LABELS);
        // (A road before its number is an address's, whatever follows: `145 quốc lộ 20 đoạn
        // qua tỉnh`.)
        let road = is_street_noun(q.unit.rsplit(' ').next().unwrap_or_default());
        // (A measure after the noun is the thing's size, no label's number: `1 phòng 20m2`,
        // `1 tuýp 30g`; a length of time may place it, `tuần 2 tháng 3`.)
        let sized = |next: &Quantity| {
            crate::quantity::is_measure_or_duration(&next.unit)
                && !crate::quantity::DURATIONS.contains(&next.unit.as_str())
        };
        // (Nor a price, a sum with its currency or a scale: `nhà 3 tầng 5 tỷ đồng`, `kệ 2 tầng
        // 500.000đ`, `xe 7 chỗ 900 triệu`.)
        let priced = || {
            let next = space0_str(after).0;
            money(next).is_ok() || crate::number::amount(next).is_ok_and(|(_, a)| a.scaled)
        };
        self.counted_in_digits()
            && unit_labels_next_number(q, after)
            && (verb
                || road
                || !quantity(self.units, space0_str(after).0)
                    .is_ok_and(|(rest, next)| a_free_count(&next, rest) || sized(&next))
                    && !priced())
    }

    /// Whether the number here, after a label noun that digits count, counts a noun of its
    /// own (the label noun between two counts is counted, see [`a_free_count`]).
    fn after_a_counted_label(&self) -> bool {
        label_counted_by_digits(self.before)
            && self.counted_in_digits()
            && self
                .lexical()
                .is_some_and(|(end, q)| a_free_count(q, self.text.get(*end..).unwrap_or_default()))
    }

    /// Whether the number here is a year written right after a name, the name's year or model
    /// (`Vụ Hè Thu 2025 hợp tác xã bao tiêu`, `Kia Morning 2016 bản Si`): four plain digits of
    /// this century or the last, not a round hundred, which count no noun there, unless people,
    /// households or a measure (`Việt Nam 2000 năm văn hiến`, `Hà Nội 2019 người`).
    fn year_of_a_name(&self, q: &Quantity) -> bool {
        let year = self.written_year().is_some_and(|y| y % 100 != 0);
        // (People, households and measures are counted after a name as often: `Huyện Gia Lâm
        // 1985 hộ nghèo`, `Hà Nội 2019 người`, `Tàu Hải Đăng 1998 hải lý`; and a unit of
        // administration is no name that has a year.)
        let counted = || {
            crate::quantity::names_people(&q.unit)
                || q.unit == "hộ"
                || q.unit.starts_with("hộ ")
                || crate::quantity::is_measure_or_duration(&q.unit)
        };
        let after_a_unit = || {
            self.last.is_some_and(|e| {
                matches!(e.value, Value::Admin(_))
                    && self
                        .text
                        .get(e.span.end..self.pos)
                        .is_some_and(|b| b.trim().is_empty())
            })
        };
        // (After the name of an event the year is its edition's, and people after it take part:
        // `Giải Mekong 2023 vận động viên đến từ 12 tỉnh`.)
        let an_event = || names_an_event(self.before.trim_end_matches(crate::text::is_space));
        // (A model in Latin capitals takes its year so too: `con CRV 2018 bản L`, `SH 2020 bản
        // đặc biệt`, where capitals of Vietnamese words count, `UBND 10 phường`, but no year.)
        let a_model = || {
            previous_word(self.before.trim_end()).is_some_and(|w| {
                w.len() >= 2
                    && w.bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            })
        };
        year && (an_event()
            || !counted() && !after_a_unit() && (numbers_a_name(self.before) || a_model()))
    }

    /// What every count must satisfy, whichever reader found it: not after `thứ` (`thứ Sáu
    /// tuần sau`), not a noun labelling its own number (`145 quốc lộ 20`), not a frequency
    /// (`ngày 10 hằng tháng`), not the day of a holiday named before it (`Quốc khánh 2.9`),
    /// not a serial number (`Số: 0001234 Ngày 15`).
    fn count_stands(&self, q: &Quantity, after: &str) -> bool {
        if span_of_years(&q.amount)
            || self.year_of_a_name(q)
            || self.year_opening_a_clause(q)
            || self.alley_of_a_house()
        {
            return false;
        }
        let year_of_a_frequency =
            || self.year_of_a_frequency() && !crate::quantity::shorter_than_a_day(&q.unit);
        !self.inside_a_numeral()
            && !years_of_thang_nam(self.before, self.rest)
            && !self.month_number_past_twelve(q)
            && !range_in_a_chain(&q.amount, self.before, self.rest)
            && !rank_after_nhi(self.before, self.rest)
            && !a_whole_quotation(self.before, self.rest, after)
            && !father_before_a_pronoun(self.before, self.rest)
            && !in_an_idiom_of_counts(self.before, self.rest)
            && !in_a_set_phrase(self.before, self.rest)
            && !opens_a_word(self.rest)
            && !year_of_a_frequency()
            && !self.unit_opens_a_term()
            && !self.code_of_a_place()
            && !hour_before_a_part_of_the_day(q, after)
            && !the_parts_hour(self.before, self.rest, q, after)
            && !names_a_living_kind(self.before, !self.counted_in_digits(), q)
            && !named_by_birth_order(self.before, self.rest)
            && !number_words_in_a_name(self.before, self.rest)
            && (!is_padded_identifier(self.digits()) || a_meter_reading(q))
            && !self.identifier_before_a_time(q)
            && !named_date_at(self.before, self.rest)
            && !number_of_month_in_a_name(self.text, self.pos)
            && !names_a_weekday_or_rank(self.before)
            && !self.labels_next_number(q, after)
            && !self.scaled_price()
            && !self.addresses_the_buyer(q, after)
            && !self.day_of_an_occasion(q, after)
            && !self.now_after_a_sum(q)
            && !frequency_after(q, after)
            && !day_of_named_holiday(self.before, self.rest)
            && !self.unit_cues_a_year(q, after)
            && !dialled(self.before, self.rest)
            && !dong_paid(q, self.rest, after, || self.scaled())
            && !lan_opens_a_rank(q, after)
            && !names_a_building(q, after)
            && !self.year_before_a_dated_day(q, after)
            && !self.a_year_listed_after_a_year(q)
            && !self.edition_of_a_name(q, after)
    }

    /// Whether `bản` after the number of a product's name is that model's edition or version,
    /// no copies: `Android 14 bản ổn định`, `iPhone 15 bản 256GB`, `máy cài Win 11 bản quyền`
    /// (a numbered name, see [`numbers_a_name`]); copies are counted after a verb, a plain noun
    /// or an office (`in 3 bản`, `sách 2 bản`, `UBND 02 bản`), and where a kind of copy or a
    /// document follows (`Samsung 3 bản hợp đồng`, `2 bản chính`).
    fn edition_of_a_name(&self, q: &Quantity, after: &str) -> bool {
        // (A copy of a kind, or of a document the lexicon counts, is a copy: `gửi Samsung 3 bản
        // hợp đồng`, `nộp Agribank 2 bản chính`, `Mr Tom 2 bản dịch`.)
        const COPIES: &[&str] = &["sao", "chính", "gốc", "dịch", "photo", "in", "nháp", "thảo"];
        let a_copy = || {
            next_word(after).is_some_and(|(w, _)| word_in(w, COPIES))
                || crate::quantity::unit_after(self.units, after).is_some()
        };
        // (A product's name is written in Latin letters with no marks, capitalized or in camel
        // case, `Android`, `iPhone`; not an office's acronym or a person's name, `UBND 02 bản`,
        // `Công ty Minh Phát 02 bản`, copies sent; nor a number padded as copies are.)
        let product = previous_word(self.before).is_some_and(|w| {
            w.is_ascii()
                && w.chars().any(|c| c.is_ascii_lowercase())
                && w.chars().any(|c| c.is_ascii_uppercase())
        });
        let padded = self.digits().starts_with('0');
        q.unit == "bản" && product && !padded && numbers_a_name(self.before) && !a_copy()
    }

    /// Whether `q`'s amount is a year of the record listed after a year, or closing a span
    /// from one (`Năm 2018 và 2019 công ty đều có lãi`, `các năm 2022, 2023 doanh nghiệp`):
    /// the next year of the list, whatever noun opens the clause after it.
    fn a_year_listed_after_a_year(&self, q: &Quantity) -> bool {
        // (Four plain digits, as a year is written: `1.500` is a count.)
        let digits = self.rest.bytes().take_while(u8::is_ascii_digit).count();
        let plain = digits == 4
            && !self.rest.get(digits..).is_some_and(|r| {
                r.strip_prefix(['.', ','])
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            });
        plain
            && matches!(q.amount, Amount::Exact(y) if crate::period::among_years_of_the_record(y))
            && listed_after(self, |v| matches!(v, Value::Year(_)))
    }

    /// Whether the count is a year before a noun of a day whose date follows it (`xe đời 2023
    /// hôm 05/03/23`, `năm 2024 ngày 1/1`): the noun is the date's word, and the number the
    /// year; no one counts two thousand days before a date. A count before a dated break stays
    /// one (`nghỉ 5 ngày 30/4 - 1/5`), and so does a name's count (`Tour Sapa 3 ngày 20/7`).
    fn year_before_a_dated_day(&self, q: &Quantity, after: &str) -> bool {
        if !word_in(&q.unit, &["ngày", "hôm"]) {
            return false;
        }
        self.written_year().is_some()
            && space1(after).is_ok_and(|(date, _)| {
                kept_raw_date(date)
                    .is_some_and(|(_, raw)| raw.separator.is_some() && raw.is_valid())
            })
    }

    /// Whether a long identifier stands before a noun of time (`tài khoản 19034567891012 ngày
    /// 05/03`): no one counts fourteen digits of days; a count of things or a measure that
    /// long stays one (`280570346 kWh`).
    fn identifier_before_a_time(&self, q: &Quantity) -> bool {
        crate::quantity::DURATIONS.contains(&q.unit.as_str()) && is_identifier(self.digits())
    }

    /// Whether the noun of the count is `năm` opening the year written after it (`khóa 15 năm
    /// 2023`).
    fn unit_cues_a_year(&self, q: &Quantity, after: &str) -> bool {
        // (The unit is written lower case and composed: compared as it is.)
        if q.unit != "năm" {
            return false;
        }
        let Some(end) = self.at(after) else {
            return false;
        };
        let head = self.text.get(..end).unwrap_or_default();
        let Some(unit) = previous_word(head) else {
            return false;
        };
        let start = end.saturating_sub(unit.len());
        year_cued_by_count_noun(self.text.get(start..).unwrap_or_default())
    }
}

/// Whether digits after the month of a pay (`lương tháng 13 năm nay`, `thưởng tháng 14`)
/// number no month of the calendar: the thirteenth month's pay, a label as DECISIONS.md reads
/// it, counting nothing after it (`Các tháng 31 ngày`, `trong tháng 45 doanh nghiệp` count).
fn month_past_twelve(before: &str, digits: &str) -> bool {
    let len = digits.bytes().take_while(u8::is_ascii_digit).count();
    let number = digits.get(..len).and_then(|d| d.parse::<u32>().ok());
    let of_a_pay = || {
        let head = before.trim_end_matches(crate::text::is_space);
        let head = previous_word(head).and_then(|w| without_last(head, w.len()));
        head.and_then(previous_word)
            .is_some_and(|w| word_in(w, &["lương", "thưởng"]))
    };
    number.is_some_and(|n| n > 12) && after_a_month_of_its_own(before) && of_a_pay()
}

/// Whether `before` ends with `tháng` that no number counts nor `mỗi` takes each (`lương
/// tháng`, `những tháng`; not `18 tháng`, `ba tháng`, `mỗi tháng`): a month of its own, which
/// the word after it names or qualifies.
fn after_a_month_of_its_own(before: &str) -> bool {
    const EACH: &[&str] = &["mỗi", "hằng", "hàng", "một", "từng"];
    let Some(thang) = previous_word(before).filter(|w| same(w, "tháng")) else {
        return false;
    };
    let head = before.trim_end_matches(crate::text::is_space);
    let head = without_last(head, thang.len()).unwrap_or_default();
    let head = head.trim_end_matches(crate::text::is_space);
    // (`3 triệu/tháng`: the month a rate is given for is counted as one.)
    let counted = ends_with_a_number(head)
        || head.ends_with('/')
        || previous_word(head).is_some_and(|p| word_in(p, EACH));
    !counted
}

/// Whether `unit` measures a size (`m²`, `kg`), not a span of time: what a label never is.
fn measures_size(unit: &str) -> bool {
    crate::quantity::is_measure_or_duration(unit) && !crate::quantity::DURATIONS.contains(&unit)
}

/// Whether `năm` at `rest` follows `tháng` as in `tháng năm` (months and years, a time of
/// life: `Những tháng năm tuổi trẻ`, `tháng năm gian khổ`), where it is no numeral five; a
/// month counted or taken each is the noun of its own (`Sau 3 tháng năm người được tuyển`,
/// `mỗi tháng năm người`).
fn years_of_thang_nam(before: &str, rest: &str) -> bool {
    split_word(rest).is_some_and(|(w, _)| same(w, "năm")) && after_a_month_of_its_own(before)
}

/// Whether a count of years or months after a noun of planning is the plan's length, where the
/// span it runs or a word of the span to come follows (`Kế hoạch 5 năm 2026-2030`, `Chiến lược
/// 10 năm tới`): the plan's number has a year of its own, one (`Kế hoạch 15 năm 2024`).
fn length_of_a_plan(before: &str, unit: &str, after: &str) -> bool {
    const PLANS: &[&str] = &["kế hoạch", "quy hoạch", "chiến lược", "tầm nhìn"];
    if !["năm", "tháng"].contains(&unit) || !PLANS.iter().any(|p| ends_with_phrase(before, p)) {
        return false;
    }
    a_span_of_years(space0_str(after).0)
        || next_word(after).is_some_and(|(w, _)| word_in(w, &["tới", "qua", "sau"]))
}

/// Whether `text` opens with a span of two years (`2026-2030`). (Four digits first: the reader
/// of years is asked only of them.)
fn a_span_of_years(text: &str) -> bool {
    text.bytes().take_while(u8::is_ascii_digit).count() == 4
        && crate::period::year(text).is_ok_and(|(_, y)| y.is_span())
}

/// How far back, in letters, a count may stand and still be of the same sentence as the place,
/// for the rules that set two counts against each other.
const SENTENCE_REACH: usize = 240;

/// A reader: the reading it gives at a place (where it ends, and the value), if any.
pub(super) type Read = fn(&Place) -> Option<(usize, Value)>;

/// One reader of the registry.
pub(super) struct Reader {
    /// The bit of the places it may start at (see `triggers::readers`).
    pub starts: u32,
    /// How it reads.
    pub read: Read,
}

/// Every reader, in the order a tie is broken: the more specific kind first.
pub(super) const READERS: &[Reader] = &[
    Reader {
        starts: DATE,
        read: date,
    },
    Reader {
        starts: DATE,
        read: iso_date,
    },
    Reader {
        starts: DATE,
        read: listed_day,
    },
    Reader {
        starts: TIME,
        read: clock_time,
    },
    Reader {
        starts: HOUR_OF_A_PART,
        read: hour_of_a_part_of_the_day,
    },
    Reader {
        starts: TIME,
        read: listed_hour,
    },
    Reader {
        starts: MONTH,
        read: named_month,
    },
    Reader {
        starts: RATIO,
        read: month_and_year,
    },
    Reader {
        starts: RATIO,
        read: listed_month,
    },
    Reader {
        starts: QUARTER,
        read: quarter_of_year,
    },
    Reader {
        // (At digits too: `quý 1 và 2/2025`.)
        starts: QUARTER | RATIO,
        read: listed_quarter,
    },
    Reader {
        starts: YEAR,
        read: cued_year,
    },
    Reader {
        starts: YEAR,
        read: listed_year,
    },
    Reader {
        starts: ADMIN,
        read: admin_unit,
    },
    Reader {
        starts: PHONE,
        read: telephone,
    },
    Reader {
        starts: DOCNUM,
        read: document_number,
    },
    Reader {
        // (Before the sum it would otherwise be, at an amount a currency follows.)
        starts: MONEY,
        read: bronze_medals,
    },
    Reader {
        starts: MONEY,
        read: sum_of_money,
    },
    Reader {
        starts: PERCENT,
        read: percentage,
    },
    Reader {
        starts: QUANTITY,
        read: count_of_known_noun,
    },
    Reader {
        starts: QUANTITY,
        read: count_of_any_noun,
    },
    Reader {
        starts: QUANTITY,
        read: count_borrowing_its_noun,
    },
    Reader {
        starts: QUANTITY,
        read: taels_of_gold,
    },
    Reader {
        starts: RATIO,
        read: ratio_of_counts,
    },
    Reader {
        starts: QUANTITY,
        read: fraction_said_in_words,
    },
    Reader {
        starts: ORDINAL,
        read: rank,
    },
    Reader {
        starts: NUMBER,
        read: number_listed_after_a_rank,
    },
    Reader {
        starts: NUMBER,
        read: plain,
    },
    Reader {
        starts: GRADE,
        read: grade_in_roman,
    },
    Reader {
        starts: FESTIVAL,
        read: festival_in_its_year,
    },
];

/// A festival of the lunar calendar named with its year, its day in that year (`Tết Trung thu
/// 2024` is 2024-09-17).
fn festival_in_its_year(p: &Place) -> Option<(usize, Value)> {
    let (r, date) = crate::date::festival_in_its_year(p.rest)?;
    Some((p.at(r)?, Value::Date(date)))
}

/// After `cứ` or `mỗi` (every), months are a period that comes round again, and a number after
/// `tháng` with a counted noun is what each period holds: `Cứ 4 tháng 1 khóa`, `mỗi 3 tháng 2
/// lứa gà`; not a holiday's day, nor past twelve months. `rest` is the text after that
/// number.
fn a_share_of_repeating_months(p: &Place, rest: &str) -> bool {
    // (A period of months is a year's at most, said in years past it, and a holiday's day
    // comes round each year: `Mỗi 20 tháng 11 học trò cũ về thăm thầy`, `Mỗi 2 tháng 9 người
    // dân treo cờ`.)
    let digits = p.rest.bytes().take_while(u8::is_ascii_digit).count();
    let within_a_year = p
        .rest
        .get(..digits)
        .and_then(|d| d.parse::<u8>().ok())
        .is_some_and(|n| (1..=12).contains(&n));
    let a_holiday = || kept_raw_date(p.rest).is_some_and(|(_, raw)| raw.date.holiday.is_some());
    within_a_year
        && !a_holiday()
        && previous_word(p.before).is_some_and(|w| word_in(w, &["cứ", "mỗi"]))
        && (crate::quantity::unit_after(p.units, rest)
            .is_some_and(|(unit, _)| unit != "tháng" && unit != "năm")
            || crate::quantity::noun_follows(rest))
}

/// A day as ISO 8601 writes it (`2024-11-05`).
fn iso_date(p: &Place) -> Option<(usize, Value)> {
    let (r, d) = crate::date::iso_day(p.rest)?;
    Some((p.at(r)?, Value::Date(d)))
}

/// A calendar day, in its context: not in a name (`đường 30 tháng 4`), not a fraction of a
/// count (`3/5 số hộ`), and a bare `d/m` only where the words around make it a day.
fn date(p: &Place) -> Option<(usize, Value)> {
    if named_date_at(p.before, p.rest)
        || label_number_before_a_month(p.before, p.rest)
        || house_and_alley_numbers(p.before, p.rest)
    {
        return None;
    }
    let (r, mut raw) = kept_raw_date(p.rest)?;
    if a_score_named_from_today(p, &raw) {
        return None;
    }
    let r = without_an_items_weekday(p, r, &mut raw);
    // (A day with its year recurs no month: asked only of the others.)
    if raw.date.year.is_none() && days_of_every_month(p.rest) {
        return None;
    }
    // (`gói 12 tháng 1.080.000đ`: the month's digits go on as a sum; no day is read.)
    // (`thử việc 2 tháng 10 ngày`: one length, months and days; `6 tháng 1 lần`, a
    // frequency.)
    // (After a cue of a day or an occasion it is the day: `Kỷ niệm 30 tháng 4 ngày giải
    // phóng`, `vào 2 tháng 9 ngày Quốc khánh`.)
    // (`Sau 5 tháng 9 ngày`: after a cue of lengths as often as of a day, months and days.)
    let in_digits_with_no_year =
        raw.date.year.is_none() && p.rest.starts_with(|c: char| c.is_ascii_digit());
    let bare = in_digits_with_no_year && !after_a_day_cue(p.before);
    if length_after_years(p, &raw)
        || in_digits_with_no_year
            && raw.separator.is_none()
            && months_and_days_after_a_cue_of_lengths(p.before, r)
        || raw.date.year.is_none() && in_a_grouped_number(r)
        || bare && raw.separator.is_none() && the_months_number_counts_on(r)
        || bare && raw.separator.is_none() && a_share_of_repeating_months(p, r)
        || raw.date.year.is_none() && raw.separator == Some('/') && at_least_follows(r)
        || count_in_a_day(p, &raw, r)
    {
        return None;
    }
    // `kỳ hạn 1-3-6-12 tháng`: no date starts inside a chain of numbers joined by dashes; nor
    // is a chain of three with no cue before the unit it counts a date (`Gói vay 6-12-24
    // tháng`: three terms, where `ngày 6-12-24` and a bare `6-12-24` are days).
    // (A chain that ends in a year of four digits is the date, whatever follows: `Ngày:
    // 14-9-2023 V/v`.)
    let written = p.read_to(r);
    let full_year = written.bytes().rev().take_while(u8::is_ascii_digit).count() == 4;
    let counted_chain = || {
        raw.date.year.is_some()
            && !raw.cued
            && !full_year
            && crate::quantity::unit_of_a_chain(p.units, r).is_some()
    };
    if raw.separator == Some('-') && (joined_by_a_dash(p.before) || counted_chain()) {
        return None;
    }
    // `mùng 8 tháng 2 âm lịch năm Ất Tỵ 2026`: a can-chi that names another year than the
    // number written with it leaves the year unknown; the lunar day stands, with both in its
    // span.
    if raw.date.calendar == Calendar::Lunar && raw.tet_year_check().is_err() {
        raw.date.year = None;
        raw.date.can_chi = None;
        raw.can_chi = None;
    }
    // `mùng 5 tháng Giêng năm 1789 âm lịch`: a lunar year outside the calendar's table (see
    // `crate::lunar`) has no solar day to give; the lunar day, its value, stands, with the
    // year in its span. (`Date`'s `FromStr` refuses it, saying the range.)
    let beyond_the_table =
        |y: i32| !(crate::lunar::FIRST_YEAR..=crate::lunar::LAST_YEAR).contains(&y);
    if raw.date.calendar == Calendar::Lunar && raw.date.year.is_some_and(beyond_the_table) {
        raw.date.year = None;
    }
    // `Giỗ Tổ Hùng Vương mùng 10 tháng 3`: a day after a festival's name, on its day, is lunar;
    // `Tết Trung thu 17/9`: the festival named right before a day is that day's holiday.
    let festival = festival_named_before(p.before);
    let festival_day = festival.is_some_and(|(_, m, d)| (m, d) == (raw.date.month, raw.date.day));
    if festival_day || lunar_named_before(p.before) && !solar_named_after(r) {
        raw.date.calendar = Calendar::Lunar;
    }
    if let Some((holiday, ..)) = festival {
        raw.date.holiday = Some(holiday);
    }
    // `Ngày Nhà giáo Việt Nam 20-11`, `Tết Dương lịch 1/1`: a day observed by name, right after
    // its name, is that day's holiday.
    if raw.date.calendar == Calendar::Solar && raw.date.holiday.is_none() {
        raw.date.holiday = observed_day_named_before(p.before, raw.date.month, raw.date.day);
    }
    // (`Tới 1/7 công nhân được nghỉ`: a word opening the clause with a point of time.)
    let opened_day = || day_not_fraction(p.before, p.rest, p.units);
    // (`Hạn nộp là 2/9 năm nay`: a `d/m` placed in a year from now is a day; no fraction is.)
    // (After a qualifier it is a fraction of the year: `khoảng 2/3 năm qua`.)
    let qualified = previous_word(p.before).is_some_and(|w| approx_phrase(w).is_ok());
    let placed_in_a_year = raw.date.year.is_none() && !qualified && in_a_year_placed(r);
    let fraction = raw.separator == Some('/')
        && raw.date.year.is_none()
        && !raw.cued
        && !placed_in_a_year
        // (A part of a count is no more than the whole: `15/3 số người` is the day; so is a
        // holiday's own day after its name, `Dịp Quốc khánh 2/9 số khách tăng`.)
        && !day_of_its_named_holiday(p.before, p.rest)
        && (raw.date.day <= raw.date.month
            && (fraction_of_a_count(p.before, r)
                || part_of_the_count_before(p.text, p.last, p.pos)
                    && is_a_common_fraction(raw.date.day, raw.date.month))
            || in_arithmetic(p, r, &raw)
            || fraction_of_a_noun(p.before, &raw, p.units, r)
                && !day_listed_after_a_date(p)
                && !day_of_the_time_before(p)
                && !opened_day());
    // (`Thất tịch 7/7 âm lịch`: a festival's name before a day, or the lunar calendar named
    // after it, makes it a day, where a bare `7/7` is every day of the week.)
    let in_context = date_in_context(p.before, &raw)
        || placed_in_a_year
        || opened_day()
        || festival.is_some()
        || raw.date.calendar == Calendar::Lunar
        || continues_days(p.text, p.last, p.pos)
        || continues_the_date_before(p)
        || follows_time(p.text, p.last, p.pos);
    if !raw.is_valid() || fraction || !in_context {
        return None;
    }
    raw.date.part = raw
        .date
        .part
        .or_else(|| crate::date::part_before_bracket(p.before))
        .or_else(|| part_of_time_before(p.text, p.last, p.pos));
    Some((p.at(r)?, Value::Date(raw.date)))
}

/// Whether a day named from today before two numbers joined by a dash in brackets (`hôm qua
/// (2-1)`) follows a match or its result named a few words back (`Trận đấu hôm qua (2-1)`,
/// `thắng hôm qua (3-0)`, `Kết quả hôm qua (3-2)`, `Chung kết hôm qua (1-0)`): the match's
/// score, no date, where `Hôm qua (2-10) có mưa` dates the day.
fn a_score_named_from_today(p: &Place, raw: &RawDate) -> bool {
    const MATCHES: &[&str] = &[
        "trận", "đấu", "thắng", "thua", "hòa", "hoà", "tỉ", "tỷ", "hiệp", "set", "ván",
    ];
    // (A result, `kết quả`, and the rounds that end a cup, `chung kết`, `bán kết`, `tứ kết`;
    // not `kết` alone, which ends `tổng kết`, a review held on a day.)
    const RESULTS: &[(&str, &str)] = &[
        ("kết", "quả"),
        ("chung", "kết"),
        ("bán", "kết"),
        ("tứ", "kết"),
    ];
    let a_result = |w: &str, head: &str| {
        previous_word(head)
            .is_some_and(|first| RESULTS.iter().any(|&(a, b)| same(first, a) && same(w, b)))
    };
    // (Right before the day: the result of anything else, `Kết quả xổ số hôm qua (25-12)`,
    // and a ceremony of a round, `trao giải chung kết hôm qua (15-10)`, name more between.)
    let a_result_right_before = words_back(p.before)
        .next()
        .is_some_and(|(w, head)| a_result(w, head));
    raw.separator == Some('-')
        && crate::date::today_before_a_bracket(p.rest).is_some()
        && (a_result_right_before
            || words_back(p.before)
                .take(6)
                .any(|(w, _)| word_in(w, MATCHES)))
}

/// Whether `part/whole` is a fraction said as often as a day: of halves, thirds, quarters,
/// fifths or tenths (`1/4`, `2/3`, `3/10`); `2/9` is the day of a holiday far more often.
fn is_a_common_fraction(part: u8, whole: u8) -> bool {
    matches!(whole, 2 | 3 | 4 | 5 | 10) && part < whole
}

/// Whether `năm` and a word that places it from now follow (`năm nay`, `năm sau`, `năm
/// ngoái`): what stands before is a day of that year.
fn in_a_year_placed(after: &str) -> bool {
    next_word(after).is_some_and(|(w, rest)| {
        same(w, "năm")
            && next_word(rest).is_some_and(|(p, _)| crate::period::placing_word(p).is_some())
    })
}

/// Whether a sign of arithmetic joins the `d/m` at the place to a number on its other side, so
/// that it is a fraction: days are never multiplied or divided (`2 × 1/3`, `6 : 2/3`), and are
/// added or equated only where both sides may be fractions, each plain or proper (`3/4 + 1/2`,
/// `x = 5/6`). A day named so, by its cue, an occasion or its holiday (`ngày 3/4 + 1/5`, `Dịp
/// 2/9 + 1 ngày`, `nghỉ 2/9 + 3/9`), or paired by a plus with a day before it (`30/4 + 1/5 + 2/5`)
/// is a day. (A dash and a colon also range days and open labels: `3/4 - 5/4`, `Ngày: 3/4`.)
fn in_arithmetic(p: &Place, after: &str, raw: &RawDate) -> bool {
    const TIMES: &[char] = &['×', '*', '÷'];
    const PLUS: &[char] = &['+', '\u{2212}', '='];
    // An equation of numbers and signs around it makes every `d/m` in it a fraction, a
    // holiday's too (`2/9 + 3/9 = 5/9`).
    if in_an_equation(p.before, after) {
        return true;
    }
    // (A holiday's day added to a fraction is a fraction: `3/5 + 1/5`.)
    let after_a_fraction = p.last.is_some_and(|e| {
        let link = p.text.get(e.span.end..p.pos).unwrap_or_default();
        let sign = link.trim_matches(crate::text::is_space);
        matches!(e.value, Value::Ratio(_)) && sign.chars().count() == 1 && sign.starts_with(PLUS)
    });
    if raw.date.holiday.is_some() && !after_a_fraction
        || after_a_day_cue(p.before)
        || pairs_days(p.text, p.last, p.pos)
    {
        return false;
    }
    // A plain number or a proper fraction: what may be added to a proper fraction.
    let addend = |operand: &str| match operand.split_once('/') {
        Some((a, b)) => a.parse::<u32>().ok() < b.parse::<u32>().ok(),
        None => !operand.is_empty(),
    };
    let proper = raw.date.day < raw.date.month;
    let trimmed = p.before.trim_end_matches(crate::text::is_space);
    let sign_before = p
        .before
        .len()
        .checked_sub(3)
        .and_then(|i| p.before.get(i..));
    let divided_by = sign_before.is_some_and(|sign| SPACED_SIGNS.contains(&sign))
        && operand_before(
            p.before
                .get(..p.before.len().saturating_sub(3))
                .unwrap_or_default(),
        )
        .contains('/');
    // (After `=` a result stands, whatever the other side: `x = 5/6`.)
    let signed_before = divided_by
        || trimmed
            .strip_suffix(TIMES)
            .is_some_and(|head| !operand_before(head).is_empty())
        || proper
            && trimmed.strip_suffix(PLUS).is_some_and(|head| {
                // (A letter, composed or not: a decomposed `ô` ends with its mark.)
                head.trim_end_matches(crate::text::is_space)
                    .ends_with(is_word_char)
                    && trimmed.ends_with('=')
                    || addend(operand_before(head))
            });
    let rest = after.trim_start_matches(crate::text::is_space);
    // (A colon or an `x` set off by spaces divides or multiplies, `3/4 : 1/2`, `1/2 x 4/5`;
    // glued to a day, a colon opens what is said of it, `Ngày 3/4: …`.)
    let spaced_sign = |text: &str| SPACED_SIGNS.iter().any(|sign| text.starts_with(sign));
    // (`14/2 x 2 hộp`: a count after an `x` is how many of what, no factor of a fraction.)
    let divided =
        spaced_sign(after) && operand_after(after.get(3..).unwrap_or_default()).contains('/');
    let signed_after = divided
        || rest
            .strip_prefix(TIMES)
            .is_some_and(|tail| !operand_after(tail).is_empty())
        || proper
            && rest
                .strip_prefix(PLUS)
                .is_some_and(|tail| addend(operand_after(tail)));
    signed_before || signed_after
}

/// The signs of arithmetic that are signs only set off by spaces (a colon opens a label, an
/// `x` may be a letter): `3/4 : 1/2`, `1/2 x 4/5`.
const SPACED_SIGNS: [&str; 3] = [" : ", " x ", " X "];

/// How far an equation is looked for on either side of a place, in characters: a long run of
/// numbers (`1 1 1 …`) is read in time linear in its length.
const EQUATION_REACH: usize = 40;

/// Whether the numbers and signs of arithmetic written right around a place (before it in
/// `before`, after it in `after`) hold `=` and another sign: an equation (`2/9 + 3/9 = 5/9`),
/// where `= 15/6` alone may set a deadline.
fn in_an_equation(before: &str, after: &str) -> bool {
    let of_arithmetic = |c: char| {
        c.is_ascii_digit() || crate::text::is_space(c) || "/+-×x÷*:=?,.\u{2212}".contains(c)
    };
    let head = before.len().saturating_sub(
        before
            .chars()
            .rev()
            .take(EQUATION_REACH)
            .take_while(|&c| of_arithmetic(c))
            .map(char::len_utf8)
            .sum::<usize>(),
    );
    let tail: usize = after
        .chars()
        .take(EQUATION_REACH)
        .take_while(|&c| of_arithmetic(c))
        .map(char::len_utf8)
        .sum();
    let around = [before.get(head..), after.get(..tail)];
    let has = |signs: &[char]| around.iter().flatten().any(|s| s.contains(signs));
    // (A colon or an `x` is a sign only set off by spaces: `Hạn chót: 30/6 = …` is a label's.)
    let spaced = || {
        around
            .iter()
            .flatten()
            .any(|s| [" : ", " x "].iter().any(|sign| s.contains(sign)))
    };
    has(&['=']) && (has(&['+', '-', '×', '÷', '*', '\u{2212}']) || spaced())
}

/// The digits and slashes `head` ends with, spaces aside: the operand before a sign.
fn operand_before(head: &str) -> &str {
    let head = head.trim_end_matches(crate::text::is_space);
    let len = head
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii_digit() || *b == b'/')
        .count();
    head.get(head.len().saturating_sub(len)..)
        .unwrap_or_default()
}

/// The digits and slashes `tail` opens with, spaces aside: the operand after a sign.
fn operand_after(tail: &str) -> &str {
    let tail = tail.trim_start_matches(crate::text::is_space);
    let len = tail
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'/')
        .count();
    tail.get(..len).unwrap_or_default()
}

/// A range of two numbers after the cue of a day that a count of times, meals or things
/// handled follows says how many in a day, not a day and its month: `Ngày uống 2-3 lần`, `mỗi
/// ngày 1-2 gói`, `sáng 3-4 viên`, `ngày 2-3 bữa`. A date is followed by no count of things (`ngày 2-3 học sinh được
/// nghỉ`, people, stays a date), and `lần` before a rank is an occasion, no count (`Ngày 3-4
/// lần đầu tiên`). After `mỗi ngày`, `hằng ngày` (each day) no date can follow, and any count
/// is one in a day (`Mỗi ngày 2-3 người đến hỏi`). `r` is the text after the date.
fn count_in_a_day(p: &Place, raw: &RawDate, r: &str) -> bool {
    let each_day = split_word(p.rest).is_some_and(|(w, _)| same(w, "ngày"))
        && previous_word(p.before).is_some_and(|w| opens_a_frequency(w, || Some("ngày")));
    let counted = |unit: &str, after: &str| {
        // (`lần đầu`, `lần này`, `lần nữa`: the time of an occasion, placed or ranked.)
        let occasion = unit == "lần"
            && next_word(after).is_some_and(|(w, _)| {
                word_in(w, &["đầu", "thứ", "cuối", "nữa"])
                    || crate::period::placing_word(w).is_some()
            });
        // (A classifier that makes one noun with the word after it, which the lexicon knows,
        // counts that noun: `viên chức` are people, where `viên thuốc` are pills.)
        let of_people = || {
            unit.split_once(' ')
                .is_some_and(|(_, noun)| crate::quantity::names_people(noun))
        };
        let handled = crate::quantity::classified_or_held(unit)
            && (!unit.contains(' ') || !crate::quantity::Units::shared().knows(unit))
            && !of_people();
        !occasion && (crate::quantity::counts_times(unit) || handled || each_day)
    };
    raw.cued
        && raw.separator == Some('-')
        && raw.date.year.is_none()
        && raw.date.day < raw.date.month
        && crate::quantity::unit_after(p.units, r)
            .is_some_and(|(unit, after)| counted(&unit, after))
}

/// Whether the day written with `tháng` here (`3 tháng 12`) is a count of months after a count
/// of years (see [`Place::after_a_count_of_years`]); with a cue before it (`30 tuổi ngày 3
/// tháng 12`) it is a day.
fn length_after_years(p: &Place, raw: &RawDate) -> bool {
    raw.separator.is_none() && raw.day_offset == 0 && p.after_a_count_of_years()
}

/// `r` after a date read, without the weekday set off after it where an enumeration opened by
/// `Thứ nhất` stands before it (`Thứ nhất, hoàn thành trước ngày
/// 30/12/2024, thứ hai, nộp báo cáo`): `thứ hai` is the next item, secondly, no Monday.
fn without_an_items_weekday<'t>(p: &Place<'t, '_>, r: &'t str, raw: &mut RawDate) -> &'t str {
    if raw.date.weekday.is_none() {
        return r;
    }
    let written = p.read_to(r);
    let Some(cut) = written.rfind([',', '-', '–', '—']) else {
        return r;
    };
    let set_off = written.get(cut..).unwrap_or_default();
    let set_off = set_off
        .trim_start_matches([',', '-', '–', '—'])
        .trim_start_matches(crate::text::is_space);
    // (`thứ hai`, `Thứ hai`, `thứ 2`: an item is numbered as a weekday is written.)
    let an_item = split_word(set_off).is_some_and(|(w, _)| same(w, "thứ"));
    if !an_item || !enumeration_opened_before(p.before) {
        return r;
    }
    raw.date.weekday = None;
    // (The date ends before the spaces that set the weekday off: `30/12/2024 - thứ hai`.)
    let end = written
        .get(..cut)
        .map_or(cut, |w| w.trim_end_matches(crate::text::is_space).len());
    p.rest.get(end..).unwrap_or(r)
}

/// A day of a list of days, borrowing its month (`ngày 14, 15 và 16 tháng 5`). The word `ngày`
/// that ends a count of days also cues the days after it (`hai ngày 26 và 27/6`, `trong 3
/// ngày 5, 6 và 7/8`): it serves both, across the comma or the bracket that may set the days
/// off from the count (`kéo dài 2 ngày, 20 và 21/3`, `trong hai ngày (26 và 27/6)`).
fn listed_day(p: &Place) -> Option<(usize, Value)> {
    let cued_by_a_count = previous_word(p.before).is_some_and(|w| same(w, "ngày"))
        || days_set_off_from_their_count(p.before);
    let listed = cued_by_a_count || continues_days(p.text, p.last, p.pos);
    if let Some(day) = day_of_tet(p) {
        return Some(day);
    }
    let (r, d) = borrowed_day(p.rest, listed)?;
    // (`Nhật ký ao 2, ngày 18/03/2024`: a bare number before a day with a cue of its own is no
    // day of a list, which writes its cue once, first; it numbers what comes before it.)
    if !listed && partner_with_its_own_cue(p.rest) {
        return None;
    }
    // (Asked only of a day read: most numbers are none.)
    if days_of_every_month(p.rest) {
        return None;
    }
    // (`bão số 5, đêm 15/9`: a label's number is no day of the list after it; a day with
    // its cue, `tuần từ 9 đến 13/6`, is no label's number.)
    if p.rest.starts_with(|c: char| c.is_ascii_digit()) && is_labelled(p.before) {
        return None;
    }
    Some((p.at(r)?, Value::Date(d)))
}

/// Whether the number at `rest` is linked (by a comma, `và` or a dash) to a day written with a
/// cue of its own (`2, ngày 18/03/2024`).
fn partner_with_its_own_cue(rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return false;
    }
    let after = rest.get(digits..).unwrap_or_default();
    let after = after
        .trim_start_matches(|c: char| crate::text::is_space(c) || matches!(c, ',' | '-' | '–'));
    let after = match split_word(after) {
        Some((w, r)) if same(w, "và") => space0_str(r).0,
        _ => after,
    };
    split_word(after).is_some_and(|(w, _)| word_in(w, &["ngày", "hôm", "mùng", "mồng"]))
}

/// `mùng` or `mồng` and a day with no month after it, in a sentence that names Tết before it,
/// is that day of the first lunar month, as `mùng 2 Tết` is: `Mồng 1 Tết cả nhà đi chùa, mồng 2
/// về ngoại, mồng 3 đi thăm thầy cô`. (Elsewhere a bare `mùng 2` is no date: its month is not
/// known.)
fn day_of_tet(p: &Place) -> Option<(usize, Value)> {
    const REACH: usize = 200;
    if !crate::text::may_begin_with(p.rest, b'm') {
        return None;
    }
    let (cue, after_cue) = split_word(p.rest)?;
    if !word_in(cue, &["mùng", "mồng"]) {
        return None;
    }
    let (digits, _) = space1(after_cue).ok()?;
    let len = digits.bytes().take_while(u8::is_ascii_digit).count();
    let day: u8 = digits.get(..len)?.parse().ok()?;
    let r = digits.get(len..)?;
    // (A month or a word going on after the day is its own reading's: `mùng 2 tháng 9`.)
    let month_after = next_word(r).is_some_and(|(w, _)| word_in(w, &["tháng", "tết"]))
        || r.starts_with(['/', '.', '-', '–'])
        || r.starts_with(|c: char| c.is_alphanumeric());
    // (`cái mùng 2 cửa`: a mosquito net, and the doors it has.)
    let counts = || {
        crate::quantity::unit_after(p.units, r).is_some() || crate::quantity::open_noun(r).is_some()
    };
    let (sentence, _) = clause_ending(p.before, REACH, |c| matches!(c, '.' | '!' | '?' | '\n'));
    if month_after || !(1..=30).contains(&day) || !names_lunar_new_year(sentence) || counts() {
        return None;
    }
    let date = crate::date::Date::lunar(None, 1, day, false).ok()?;
    Some((p.at(r)?, Value::Date(date)))
}

/// Whether `sentence` names Tết, the lunar new year: `Tết` alone or before a word in lower case
/// (`Tết này`, `Mồng 1 Tết cả nhà`), `Tết Nguyên đán`, `Tết Âm lịch` or Tết of a can-chi year
/// (`Tết Bính Ngọ`); not another festival called Tết (`Tết Đoan Ngọ`, `Tết Trung thu`, `Tết
/// Dương lịch`, `Tết Tây`, `Tết Thiếu nhi`, `Tết ông Công`, `Tết Hàn thực`) nor `tết tóc`, a
/// braid. (Word by word across the commas of the sentence.)
fn names_lunar_new_year(sentence: &str) -> bool {
    const OTHER_FESTIVALS: &[&str] = &["tây", "tóc", "ông", "dương", "trung", "đoan", "hàn"];
    let mut words = sentence
        .split(|c: char| !crate::text::is_word_char(c))
        .filter(|w| !w.is_empty())
        .peekable();
    while let Some(word) = words.next() {
        if !same(word, "tết") {
            continue;
        }
        let of_the_year = match words.peek() {
            None => true,
            Some(next) if is_capitalized(next) => {
                word_in(next, &["nguyên", "âm"])
                    || crate::lunar::STEMS.iter().any(|stem| same(next, stem))
            }
            Some(next) => !word_in(next, OTHER_FESTIVALS),
        };
        if of_the_year {
            return true;
        }
    }
    false
}

/// Whether hours read on the clock at `p` (`t`, with `r` after them) are a length instead:
/// how long a performance named a few words back in the clause took (`về đích với thành tích
/// 2:35:10`, `phá kỷ lục 2:01:09`, `Thành tích tốt nhất của cô là 10:49`), or hours, minutes
/// and seconds spelled out with no word of a moment before them, as a race's times are
/// (`về nhất với 2 giờ 52 phút 40 giây`; `lúc 3 giờ 42 phút 56 giây` is the clock's). A part
/// of the day or a day after the reading makes it the clock (`biểu dương thành tích 8:30 sáng
/// 20/11`). Each unit of such a length is then a quantity of its own (`2 giờ`, `52 phút`).
fn a_length_on_the_clock(p: &Place, t: &Time, r: &str) -> bool {
    const MOMENTS: &[&str] = &[
        "lúc", "hồi", "vào", "đúng", "từ", "đến", "tới", "khoảng", "ở",
    ];
    if t.part().is_some() {
        return false;
    }
    let dated = || {
        space1(r)
            .ok()
            .is_some_and(|(after, _)| kept_raw_date(after).is_some_and(|(_, d)| d.is_valid()))
    };
    let performance = |head: &str| {
        ["thành tích", "kỷ lục", "kỉ lục"]
            .iter()
            .any(|phrase| ends_with_phrase(head, phrase))
    };
    let (clause, _) = clause_ending(p.before, 80, |c| matches!(c, '.' | ',' | ';' | '\n'));
    // (The words first, the day after last: most times follow no performance.)
    let timed = || {
        words_back(clause).take(6).any(|(w, _)| {
            // (The clause up to the end of the word: where it ends, by its address.)
            let end = (w.as_ptr() as usize)
                .saturating_sub(clause.as_ptr() as usize)
                .saturating_add(w.len());
            word_in(w, &["tích", "lục"]) && clause.get(..end).is_some_and(performance)
        })
    };
    let read = p
        .rest
        .get(..p.rest.len().saturating_sub(r.len()))
        .unwrap_or_default();
    let to_the_second_in_words = || {
        t.second().is_some()
            && read.split_whitespace().any(|w| same(w, "giây"))
            && !previous_word(p.before).is_some_and(|w| word_in(w, MOMENTS))
    };
    (timed() || to_the_second_in_words()) && !dated()
}

/// Whether hours and minutes written with a point before a part of the day (`10.15 sáng`, with
/// no `giờ`) are a decimal instead: the clock reads them only after a word of a moment (`lúc`,
/// `vào`, `khoảng`, …) or opening a clause, and where the part holds the hour (`lúc 10.15
/// sáng`, `7.30 sáng nay trời mưa`); `Giá dầu tăng 1.15 sáng nay`, `lãi suất 6.25 tối đa`,
/// `Hạn nộp 15.10 sáng thứ Hai` are no times.
fn a_decimal_before_a_part(p: &Place, read: &str, t: &Time, after: &str) -> bool {
    const MOMENTS: &[&str] = &[
        "lúc", "hồi", "vào", "đúng", "từ", "đến", "tới", "khoảng", "chừng", "tầm", "hẹn",
    ];
    let digits = read.bytes().take_while(u8::is_ascii_digit).count();
    let dotted = read.get(digits..).is_some_and(|r| r.starts_with('.'))
        && !read.split_whitespace().any(|w| same(w, "giờ"));
    if !dotted {
        return false;
    }
    let cued = previous_word(p.before).is_some_and(|w| word_in(w, MOMENTS));
    let holds = t.part().is_some_and(|part| part.holds(t.hour()));
    !((cued || opens_a_clause(p.before)) && holds) || part_opens_another_word(read, after)
}

/// Whether the word of a part of the day that ends `read` opens another word with the one
/// after it, at `after` (`chiều dài`, a length; `tối đa`, at most; `sáng tạo`, to create): no
/// part of the day there.
fn part_opens_another_word(read: &str, after: &str) -> bool {
    const COMPOUNDS: &[(&str, &[&str])] = &[
        ("tối", &["đa", "thiểu", "ưu", "tân", "mật", "giản", "cao"]),
        (
            "chiều",
            &[
                "dài", "rộng", "cao", "sâu", "dày", "ngang", "dọc", "chuộng", "lòng",
            ],
        ),
        (
            "sáng",
            &["tạo", "kiến", "lập", "chế", "suốt", "sủa", "tác", "rực"],
        ),
    ];
    let last = read
        .trim_end_matches(crate::text::is_space)
        .rsplit(|c: char| crate::text::is_space(c))
        .next()
        .unwrap_or_default();
    let Some((next, _)) = next_word(after) else {
        return false;
    };
    COMPOUNDS
        .iter()
        .any(|(part, seconds)| same(last, part) && word_in(next, seconds))
}

/// Whether the `h:mm` at `rest` has a sign glued before it (`(+1:04)`, `−2:31`): a gap behind
/// the leader of a race, in minutes and seconds, no time of day. (A time zone's offset, `GMT+7`,
/// is a code's.)
fn a_gap_on_the_clock(before: &str, rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let colon = rest.as_bytes().get(digits) == Some(&b':');
    let signed = before
        .strip_suffix(['+', '−'])
        .is_some_and(|head| !head.ends_with(|c: char| c.is_alphanumeric()));
    colon && signed
}

/// A time of day, not a duration (`trong 2 giờ`), not a road's code (`quốc lộ 4H`).
fn clock_time(p: &Place) -> Option<(usize, Value)> {
    if p.street_number() || a_gap_on_the_clock(p.before, p.rest) {
        return None;
    }
    let Some((r, t)) = crate::time::kept_time(p.rest).or_else(|| hour_of_a_part(p.before, p.rest))
    else {
        let r = midnight_at(p.before, p.rest, p.last)?;
        return Some((p.at(r)?, Value::Time(Time::new(24, 0, None).ok()?)));
    };
    if a_length_on_the_clock(p, &t, r) {
        return None;
    }
    // (`theo tỉ lệ 1:10`: two numbers joined by a colon right after the noun of a ratio are
    // its terms, no time.)
    if ratio_with_a_colon(p).is_some() {
        return None;
    }
    // (`tỷ lệ 1:50.000`: digits grouped after the minutes make a number of a scale, no time.)
    if r.starts_with(['.', ','])
        && r.get(1..)
            .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    let end = p.at(r)?;
    let read = p.text.get(p.pos..end).unwrap_or_default();
    if spaced_meridiem_without_a_cue(p, read, r) || a_decimal_before_a_part(p, read, &t, r) {
        return None;
    }
    // (`9 giờ mỗi tối`: the part of each day after the hours is theirs, 21:00.)
    let t = with_each_part(p.before, &t, r)?;
    // (What is weighed after digits and `g` is weighed in grams, whatever cue stands before
    // them: `cân đúng 20g đường`.)
    let grams = weighs_grams(p.before, read, &t) && !in_a_programme(p, end, t.hour())
        || digits_and_g(read) && (weighed_after(p.text, end) || measured_out(p.before));
    // (The rules of the words before it first: they read less than that of a duration.)
    // (`35.000 đồng/lượt 4 giờ`: whole hours with no part after a price per a unit last it.)
    let a_length_priced = || t.part().is_none() && t.minute() == 0 && lasts_the_unit_priced(p);
    let stands = hour_in_words_stands(p.before, read, &t, r)
        && !grams
        && !p.next_length_of_hours(&t)
        && !a_length_priced()
        && (is_clock(p.before, &half_as_counted(read, &t), r)
            // (Zero hours is no length: `sau 0 giờ`, after midnight.)
            || read.starts_with('0') && t.hour() == 0 && t.minute() == 0
            || later_hour_of_a_list(p, &t, r)
            // (Under a schedule's heading, a list of hours that do not go up is of lengths
            // all the same: `Lịch tập: 2 giờ chạy bền, 1 giờ bơi`.)
            || after_the_heading_of_a_schedule(p.before)
                && !hours_of_what_fills_them(p.before, &t, r));
    if !stands {
        return None;
    }
    Some((end, Value::Time(in_the_part_named_before(p.before, t))))
}

/// An hour of the clock with no part of its own, said at a point of time (see
/// `said_at_a_point` and `a_moment_of_a_verb`), after a part of a day named from today in its
/// sentence (`Tối qua cháu đi ngủ 10 giờ`, `Chiều mai họp lúc 3 giờ`, `em đặt bàn tối nay lúc
/// 7h`), is of that part where it falls in it (22:00, 15:00); an hour outside it keeps its own
/// (`Tối qua 2 giờ mới ngủ`, after midnight), and so do hours measured (`Tối qua tôi ngủ được
/// 5 giờ`).
fn in_the_part_named_before(before: &str, mut t: Time) -> Time {
    // (A short sentence: looking further back would cost time in a long one.)
    const REACH: usize = 160;
    if t.part.is_some() || t.hour > 12 {
        return t;
    }
    let (sentence, _) = clause_ending(before, REACH, |c| matches!(c, '.' | '!' | '?' | '\n'));
    // The part and the word placing its day, and what stands between them and the hours: the
    // nearest such part before them, opening the sentence or inside it (`em đặt bàn tối nay
    // lúc 7h`).
    fn named_from_today(at: &str) -> Option<(crate::date::DayPart, &str)> {
        let (part, after) = crate::date::day_part(at)?;
        let (w, rest) = next_word(after)?;
        word_in(w, &["qua", "nay", "mai", "hôm"]).then_some((part, rest))
    }
    let word_starts = sentence.char_indices().filter(|&(i, c)| {
        !crate::text::is_space(c)
            && sentence
                .get(..i)
                .is_some_and(|head| head.is_empty() || head.ends_with(crate::text::is_space))
    });
    let opened = word_starts.rev().find_map(|(i, _)| {
        let (part, between) = named_from_today(sentence.get(i..)?)?;
        let opening = sentence.get(..i).is_some_and(|head| head.trim().is_empty());
        Some((part, between, opening))
    });
    let Some((part, between, opening)) = opened else {
        return t;
    };
    // (Inside the sentence, the part is taken where it moves the hour only, a morning's hour
    // being its own: `tối nay qua xem máy lúc 8h` is at 20:00, `sáng nay khoảng 9 giờ` at 9.)
    if !opening && part.to_24_hour(t.hour) == t.hour {
        return t;
    }
    // (Right after the opening, an estimate aside, the hours are its point: `Chiều nay khoảng
    // 4 giờ thì về`.)
    let between = between.trim_matches(|c: char| crate::text::is_space(c) || c == ',');
    let right_after = without_an_estimate(between).trim().is_empty();
    // (So is an hour a verb of a moment governs a few words back: `Tối qua em về tới nhà 10
    // giờ`.)
    let head = before.trim_end_matches(crate::text::is_space);
    let at_a_moment = || said_at_a_point(before) || a_moment_of_a_verb(head);
    if (right_after || at_a_moment()) && part.holds(part.to_24_hour(t.hour)) {
        t.hour = part.to_24_hour(t.hour);
        t.part = Some(part);
    }
    t
}

/// An hour and `AM` or `PM` set off by a space (`9 AM`) reads as a time only after a word of a
/// moment (`lúc`, `hẹn`, `đúng`, a word back at most) or a colon (`lúc 9 AM`, `hẹn gặp 10 AM`,
/// `Giờ mở cửa: 9 AM`) or as a bound of a span of times (`9 AM - 5 PM`, `từ
/// 9 AM đến 6 PM`): after a count, the capitals are project or account managers, or private
/// messages (`Team có 2 PM`, `có khoảng 3 PM phụ trách`, `tuyển đến 5 PM`). Glued to the hour
/// (`9AM`) or after its minutes (`9:30 AM`), they are the clock's wherever they stand. `after`
/// is the text after the reading.
fn spaced_meridiem_without_a_cue(p: &Place, read: &str, after: &str) -> bool {
    let Some(head) = read.strip_suffix("AM").or_else(|| read.strip_suffix("PM")) else {
        return false;
    };
    let hour = head.trim_end_matches(crate::text::is_space);
    let spaced = hour.len() < head.len();
    let hour_alone = !hour.is_empty() && hour.bytes().all(|b| b.is_ascii_digit());
    if !(spaced && hour_alone) {
        return false;
    }
    // (A word of a moment says when as `lúc` does, one word back at most: `đúng 9 AM`, `hẹn
    // gặp 10 AM`; not `gặp` alone, `tôi gặp 2 PM bên dự án` meets two managers.)
    const MOMENTS: &[&str] = &["lúc", "hẹn", "đúng"];
    let head = p.before.trim_end_matches(crate::text::is_space);
    let at = head.ends_with(':')
        || words_back(p.before)
            .take(2)
            .any(|(w, _)| word_in(w, MOMENTS));
    !(at || opens_a_span_of_times(after) || closes_a_span_of_times(p))
}

/// Whether a dash or `đến`/`tới` and an hour follow `after`: the reading before is the first
/// bound of a span of times.
fn opens_a_span_of_times(after: &str) -> bool {
    let link = after.trim_start_matches(crate::text::is_space);
    let partner = match split_word(link) {
        Some((w, rest)) if word_in(w, &["đến", "tới"]) => rest,
        _ => link.strip_prefix(['-', '–']).unwrap_or_default(),
    };
    partner
        .trim_start_matches(crate::text::is_space)
        .starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a time and a dash or `đến`/`tới` stand just before the place: the reading there is
/// the second bound of a span of times.
fn closes_a_span_of_times(p: &Place) -> bool {
    let linked = |link: &str| {
        let link = link.trim_matches(crate::text::is_space);
        matches!(link, "-" | "–") || word_in(link, &["đến", "tới"])
    };
    p.last.is_some_and(|e| {
        matches!(e.value, Value::Time(_)) && p.text.get(e.span.end..p.pos).is_some_and(linked)
    })
}

/// Whether an hour of the clock and a comma stand just before here, earlier than `t`: the hours
/// of a list go up, each the clock's like the first, though a word that is also a verb follows
/// (`lúc 5h, 7h qua đèo`, `lúc 6 giờ, 9 giờ tới nơi`, where `qua` and `tới` after hours alone
/// count them); a smaller number after it is how long since (`lúc 8h, 2 giờ sau`), and so are
/// hours before a word that only counts (`lúc 5h, 12 giờ liền`, `lúc 6h, 8 giờ nữa`).
fn later_hour_of_a_list(p: &Place, t: &Time, after: &str) -> bool {
    last_just_before(p.text, p.last, p.pos, |c| c == ',').is_some_and(|e| {
        matches!(&e.value, Value::Time(earlier) if earlier.hour() < t.hour() && t.minute() == 0)
    }) && !only_counts_after(after)
}

/// An hour of the clock after the part of the day it falls in, the day named from today or not
/// between (`chiều 3h họp`, `tối nay 8 giờ`, `Sáng nay 9 giờ`): the part is the hour's, as
/// written after it (`3 giờ chiều`), and makes a 12-hour hour the part's (15:00). Only an hour
/// the clock reads there and that falls in the part takes it (not `tối 2 giờ`); a part of the
/// day before a day is the day's (`Sáng 10/5`), and `chiều` before another word is a dimension
/// (`chiều dài 3m`).
fn hour_of_a_part_of_the_day(p: &Place) -> Option<(usize, Value)> {
    let (part, after) = crate::date::day_part(p.rest)?;
    // (`ngủ trưa 2 giờ`, `nghỉ trưa 1 tiếng`: noon ends a verb of resting, a nap or a break,
    // and the hours after it are how long; `đi ngủ tối 8 giờ` goes to bed at 20:00.)
    let rested = part == crate::date::DayPart::Noon
        && previous_word(p.before).is_some_and(|w| word_in(w, &["ngủ", "nghỉ"]));
    if rested {
        return None;
    }
    let (hour, ()) = crate::date::after_a_part(after).ok()?;
    // (An hour opens with digits or a number word: most parts of the day open none.)
    let opens_an_hour = hour.starts_with(|c: char| c.is_ascii_digit())
        || split_word(hour).is_some_and(|(w, _)| crate::words::lexer::is_number_word(w));
    if !opens_an_hour {
        return None;
    }
    let at = Place::new(p.text, p.at(hour)?, p.mask, p.last, p.units);
    // (After a part of the day, `qua` after the hour is to come over, `chiều nay 5h qua xem`,
    // where after bare hours it says they have passed, `5 giờ qua`: the clock's hour still.
    // Not across a comma, `Sáng nay, 3 giờ qua là căng thẳng nhất`, nor before `đi` or `rồi`,
    // `3 giờ qua đi`, which pass.)
    let come_over = || {
        if p.read_to(hour).contains(',') {
            return None;
        }
        let (after, t) = crate::time::kept_time(hour)?;
        let (_, after_qua) = next_word(after).filter(|(w, _)| same(w, "qua"))?;
        if next_word(after_qua).is_some_and(|(w, _)| word_in(w, &["đi", "rồi", "mất"])) {
            return None;
        }
        Some((at.at(after)?, Value::Time(t)))
    };
    let (end, Value::Time(mut t)) = clock_time(&at).or_else(come_over)? else {
        return None;
    };
    // (`chiều 3 giờ chiều`: a part written after the hour is its own.)
    if t.part.is_none() {
        t.part = Some(part);
        t.hour = part.to_24_hour(t.hour);
    }
    // (`mỗi tối 2 giờ học bài`: no evening has 14:00; the hours are the evening's length.)
    t.part
        .is_some_and(|part| part.holds(t.hour))
        .then_some((end, Value::Time(t)))
}

/// Whether a number with `g` or `h` glued (`9g`, `7h`) stands before a part of the day (`tầm
/// 9g sáng`, `khoảng 7h tối`): that is an hour of the clock, never a weight or a length of
/// time, whatever the qualifier before it.
fn hour_before_a_part_of_the_day(q: &Quantity, after: &str) -> bool {
    // (`20g sáng` is no hour: an hour past noon is no morning's; the grams are weighed then.)
    let fits = |part: crate::date::DayPart| {
        use crate::date::DayPart::{Afternoon, Evening, Morning, Night, Noon};
        let latest = match part {
            Morning => 12,
            Noon => 14,
            Afternoon => 18,
            Evening | Night => 23,
        };
        matches!(q.amount, Amount::Exact(h) if h <= Decimal::from(latest))
    };
    matches!(q.unit.as_str(), "g" | "h")
        && space1(after).is_ok_and(|(r, _)| crate::date::day_part(r).is_some_and(|(p, _)| fits(p)))
}

/// What is weighed in grams: drugs, named by their loanwords or in Vietnamese, precious
/// metals, and what a recipe or a remedy measures out (`2g ma túy`, `5g heroin`, `3g vàng`,
/// `10g gừng`, `5g muối`). After `g` one of these weighs it, whatever stands before; other
/// words name a programme's item (`19g khai mạc`, `19g karaoke`).
const WEIGHED: &[&str] = &[
    "heroin",
    "heroine",
    "cocaine",
    "cocain",
    "ketamine",
    "ketamin",
    "methamphetamine",
    "meth",
    "mdma",
    "amphetamine",
    "cannabis",
    "marijuana",
    "ma túy",
    "ma tuý",
    "thuốc phiện",
    "cần sa",
    "vàng",
    "bạc",
    "muối",
    "đường",
    "bột",
    "tiêu",
    "tỏi",
    "gừng",
    "quế",
    "hồi",
    "nghệ",
    "hạt",
    "thịt",
    "cá",
    "tôm",
    "bơ",
    "sữa",
    "men",
    "trà",
    "chè",
    "cà phê",
    "cacao",
    "cam thảo",
    "thuốc",
    "đạm",
    "chất",
    "protein",
    "carb",
    "chất béo",
    "chất xơ",
    "lá",
    "rễ",
    "vỏ",
];

/// Whether the word or phrase after the time read to `end` names what is weighed (see
/// [`WEIGHED`]).
fn weighed_after(text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or_default();
    space1(after).is_ok_and(|(next, _)| {
        WEIGHED
            .iter()
            .any(|w| crate::text::match_phrase(next, w).is_some())
    })
}

/// Whether the hour here, written with `g`, is one of a programme's, where each hour opens an
/// item and the hours go up: right after a day and a colon (`Tối 20/11: 19g khai mạc`,
/// `Ngày 2/9: 19g bắn pháo hoa`), or after the heading of a schedule and a colon (`Lịch
/// trực: 6g nhận ca`); right after a day and a comma or a dash, no noun right after the time
/// read to `end` (`Chủ nhật, 10/3/2024 - 19g: Đêm nhạc`, `Ngày 20/10 19g tại nhà văn hóa`);
/// or after an earlier hour of the same sentence written so (`19g khai mạc, 21g giao lưu`,
/// `23g45 đếm ngược, 0g bắn pháo hoa`). What is weighed in grams is weighed wherever it
/// stands (`Ngày 12/3: 2g ma túy đá`, `Ngày 1/3: 10g gừng, 15g quế`; see [`WEIGHED`]), and so
/// is what follows an hour it does not follow up (`Lúc 9g sáng, chị pha 5g muối`).
fn in_a_programme(p: &Place, end: usize, hour: u8) -> bool {
    if weighed_after(p.text, end) {
        return false;
    }
    let after = p.text.get(end..).unwrap_or_default();
    let noun_after = || {
        after.trim_start_matches(' ').starts_with(char::is_numeric)
            || crate::quantity::noun_follows(after)
    };
    let day_before = |links: fn(char) -> bool| {
        last_just_before(p.text, p.last, p.pos, links)
            .is_some_and(|e| matches!(e.value, Value::Date(_)))
    };
    day_before(|c| c == ':')
        || after_the_heading_of_a_schedule(p.before)
        || day_before(|c| matches!(c, ',' | '-' | '–')) && !noun_after()
        || earlier_hour_in_g_before(p, hour)
        || later_hour_in_g_after(after, hour) && !measured_out(p.before)
}

/// Whether a verb of measuring something out stands right before digits with `g` (`cân 10g
/// mẫu đất`, `thêm 5g muối`, `lấy 12g bột`): they weigh grams, whatever follows them.
fn measured_out(before: &str) -> bool {
    const MEASURING: &[&str] = &[
        "cân", "thêm", "cho", "lấy", "pha", "dùng", "bỏ", "trộn", "rắc", "nặng", "khoảng",
    ];
    // (`cân đúng 10g`: `đúng`, exactly, between the verb and what it measures.)
    words_back(before)
        .take(2)
        .find(|(w, _)| !same(w, "đúng"))
        .is_some_and(|(w, _)| word_in(w, MEASURING))
}

/// Whether the next item of a list after `after` (past a few words and a comma) is a later
/// hour written with `g` (`19g đón khách, 19g30 văn nghệ`, `7g khai mạc, 9g thi đấu`): the
/// first item of a programme is an hour as the later ones are.
fn later_hour_in_g_after(after: &str, hour: u8) -> bool {
    // (The item's words end at its comma, a few words at most.)
    let Some((item, rest)) = after.split_once(',') else {
        return false;
    };
    if item.split_whitespace().count() > 5 {
        return false;
    }
    let rest = rest.trim_start_matches(' ');
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let Some(next) = rest.get(..digits).and_then(|d| d.parse::<u8>().ok()) else {
        return false;
    };
    let Some(after_g) = rest.get(digits..).and_then(|r| r.strip_prefix('g')) else {
        return false;
    };
    // (With its minutes, `19g30`, or a later hour alone, `9g`.)
    let with_minutes = after_g.starts_with(|c: char| c.is_ascii_digit());
    let alone = !after_g.starts_with(|c: char| c.is_alphanumeric());
    next <= 24 && (with_minutes && next >= hour || alone && next > hour)
}

/// The words that head a schedule, before the colon its hours follow: `Lịch trực:`,
/// `Chương trình:`, `Lịch trình:`, `Thời gian biểu:`, `Kịch bản buổi lễ:`.
const SCHEDULES: &[&str] = &[
    "lịch",
    "chương trình",
    "thời gian biểu",
    "kế hoạch",
    "kịch bản",
];

/// Whether `before` ends with a colon after the heading of a schedule, a few words long at
/// most (see [`SCHEDULES`]).
fn after_the_heading_of_a_schedule(before: &str) -> bool {
    // (The heading's first words: `Lịch trực`; `Lịch phát quà ngày 22/1` is a day's.)
    heading_before_a_colon(before).is_some_and(|h| {
        SCHEDULES
            .iter()
            .any(|s| crate::text::match_phrase(h, s).is_some())
    })
}

/// Whether the last entity is an hour earlier than `hour` written with `g` (`19g`, `9g30`), in
/// the sentence of the place, a few words back at most (see [`in_a_programme`]).
fn earlier_hour_in_g_before(p: &Place, hour: u8) -> bool {
    p.last.is_some_and(|e| {
        let between = p.text.get(e.span.end..p.pos).unwrap_or_default();
        let written = p.text.get(e.span.clone()).unwrap_or_default();
        let in_g = written
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .ends_with(['g', 'G']);
        // (Midnight after a late hour goes on with the night: `23g45 …, 0g …`.)
        let later = |earlier: u8| earlier < hour || hour == 0 && earlier >= 20;
        matches!(&e.value, Value::Time(t) if later(t.hour()))
            && in_g
            && crate::text::fits(between, 48)
            && !between.contains(['.', '\n', '!', '?'])
    })
}

/// An hour of a range, borrowing `giờ` (`từ 9 - 11 giờ`).
fn listed_hour(p: &Place) -> Option<(usize, Value)> {
    let (r, t) = borrowed_hour(p.rest)?;
    // (`sau 1, 2, 4 hoặc 8 giờ`: hours listed after a word of a length are lengths; `học sinh
    // lớp 1, 7 giờ văn nghệ`: a label's number ends an item, and borrows no hour.)
    if !is_clock(p.before, &t, r) || is_labelled(p.before) {
        return None;
    }
    Some((p.at(r)?, Value::Time(t)))
}

/// Whether a month stands just before, joined by a comma, a dash, `và`, `hoặc`, `đến` or
/// `tới`: a month listed after a month is a month, however it is capitalized (`tháng Giêng và
/// tháng Hai`, `tháng Ba và tháng Tư`), no name's.
fn listed_after_a_month(p: &Place) -> bool {
    p.last.is_some_and(|e| {
        let link = p.text.get(e.span.end..p.pos).unwrap_or_default().trim();
        matches!(e.value, Value::Month(_))
            && (matches!(link, "," | "-" | "–") || word_in(link, &["và", "hoặc", "đến", "tới"]))
    })
}

/// A month with `tháng`, unless it is written as part of a name after a place noun (`Cách
/// mạng tháng Tám`; but `nhu cầu tháng 6` is a month).
fn named_month(p: &Place) -> Option<(usize, Value)> {
    if month_in_a_name(p.text, p.pos) && !listed_after_a_month(p) {
        return None;
    }
    let (r, m) = month(p.rest).ok()?;
    if every_month_counts(p, r) || in_a_grouped_number(r) || paid_by_the_month(p) {
        return None;
    }
    Some((p.at(r)?, Value::Month(m)))
}

/// `tháng` after a word of each (`mỗi`, `hằng`, `hàng`) is every month, no month of its own:
/// the number after it counts the noun that follows (`họp mỗi tháng 2 lần`, `hằng tháng 3
/// buổi`). So is `tháng` after a word of one or of the whole (`một`, `cả`, `từng`) where what
/// follows is counted in times or sessions, no span of time (`cả tháng 4 lần`, `một tháng 3
/// buổi`; not `cả tháng 4 ngày nào cũng mưa`, all April). `after` is the text after the month
/// as read; `mỗi tháng 2` with no noun after it names the second month.
fn every_month_counts(p: &Place, after: &str) -> bool {
    let Some(word) = previous_word(p.before) else {
        return false;
    };
    if word_in(word, EACH) {
        return crate::quantity::noun_follows(after)
            || crate::quantity::unit_after(p.units, after).is_some();
    }
    // (Not `một` of a day's number before it: `ngày một tháng 3`, the first of March.)
    let of_a_day = || {
        let head = without_last(p.before.trim_end_matches(crate::text::is_space), word.len());
        head.and_then(previous_word)
            .is_some_and(|w| word_in(w, &["ngày", "mùng", "mồng"]))
    };
    word_in(word, &["một", "cả", "từng"])
        && !of_a_day()
        && crate::quantity::unit_after(p.units, after)
            .is_some_and(|(unit, _)| crate::quantity::counts_times(&unit))
}

/// `tháng` before an amount that goes on with a scale is the month a sum is paid by, whatever
/// stands before it (`mỗi tháng 5 triệu đồng`, `thuê theo tháng 12 triệu`, `lương tháng 8
/// triệu`): no month's number has a scale (`lương tháng 13` is the thirteenth month's).
fn paid_by_the_month(p: &Place) -> bool {
    amount_after_the_word(p).is_some_and(|(_, a)| a.scaled)
}

/// The amount after the word here (`5 triệu` in `tháng 5 triệu đồng`, `1` in `Quý 1 lượng`),
/// and the text after it: what a cue word read as a month's or a quarter's may be counting.
fn amount_after_the_word<'t>(p: &Place<'t, '_>) -> Option<(&'t str, crate::number::Scaled)> {
    let (_, after_word) = split_word(p.rest)?;
    crate::number::amount(space0_str(after_word).0).ok()
}

/// A month and year with no `tháng` (`03/2026`).
fn month_and_year(p: &Place) -> Option<(usize, Value)> {
    let (r, m) = bare_month(p.rest)?;
    // (`quý 1 và 2/2025`: after a quarter and a link, the number is the next quarter.)
    // (`bản đồ tỷ lệ 1/2000`: bare digits right after the noun of a ratio are its terms, a
    // map's scale, no month.)
    let a_ratio_named = || {
        let head = p.before.trim_end_matches(crate::text::is_space);
        p.rest.starts_with(|c: char| c.is_ascii_digit())
            && previous_word(head).is_some_and(|w| word_in(w, &["lệ", "số"]))
            && RATIO_NOUNS.iter().any(|n| ends_with_phrase(head, n))
    };
    // (`tỷ lệ 1/1000 và 1/2000`: after a ratio and a link, the next term of the list.)
    let listed_ratio = || listed_after(p, |v| matches!(v, Value::Ratio(_)));
    if listed_quarter(p).is_some() || a_ratio_named() || listed_ratio() {
        return None;
    }
    Some((p.at(r)?, Value::Month(m)))
}

/// A quarter (`quý II/2023`).
fn quarter_of_year(p: &Place) -> Option<(usize, Value)> {
    if quy_ends_a_name(p) {
        return None;
    }
    let (r, q) = quarter(p.rest).ok()?;
    // (Only where the number counts what follows: `Mỗi quý II, III` names quarters.)
    let counts = || crate::quantity::unit_after(p.units, r).is_some();
    if q.year().is_none() && (every_quarter(p.before) || quy_of_esteem(p.before)) && counts() {
        return None;
    }
    // (A quarter's number ends with its digits: `vé quý 2.835.000 đồng` is a ticket for a
    // quarter and its price, where `quý 2.2024` names the year after the point.)
    if grouped_on(r) {
        return None;
    }
    Some((p.at(r)?, Value::Quarter(q)))
}

/// Whether `rest` goes on a numeral whose digits it cut: a group of three digits after a point,
/// the digits read being its first group (`.835.000` after `2`), or decimals after a comma.
fn grouped_on(rest: &str) -> bool {
    let grouped = rest
        .strip_prefix('.')
        .is_some_and(|group| group.bytes().take_while(u8::is_ascii_digit).count() == 3);
    // (Or a decimal comma glued to digits: `theo quý 1,5 triệu đồng`.)
    let decimal = rest
        .strip_prefix(',')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    grouped || decimal
}

/// Whether `quý` here is taken distributively (`mỗi quý 1 lần`, `hằng quý 2 lần`, `hàng quý 1
/// lần`, `từng quý 3 đợt`): every quarter, the period the count after it is in, no quarter
/// named by the number (the caller asks for the count, and for no year: `hằng quý I/2024`,
/// `Mỗi quý II, III`, `đơn hàng quý IV` name quarters).
fn every_quarter(before: &str) -> bool {
    previous_word(before).is_some_and(|w| word_in(w, &["mỗi", "hằng", "hàng", "từng"]))
}

/// Whether `quý` here follows a word of degree or of esteem, so that it is the adjective dear
/// or the verb to cherish, no quarter (where no year names one): `rất quý 3 người con`, `yêu
/// quý 2 đứa cháu`, `trân quý 5 năm bên nhau`. (Not `quá` nor `thật`, which are also beyond and
/// truly: `chậm quá quý 3/2025`, `nói thật quý 3 lỗ nặng`.)
fn quy_of_esteem(before: &str) -> bool {
    const ESTEEM: &[&str] = &[
        // Degree, before an adjective or a verb of feeling.
        "rất", "khá", "hơi", "cực", "đáng", "càng",
        // The first syllables of `yêu quý`, `trân quý`, `kính quý`, `quyền quý`.
        "yêu", "trân", "kính", "quyền",
    ];
    previous_word(before).is_some_and(|w| word_in(w, ESTEEM))
}

/// Whether `Quý` here, capitalized after a word in title case and before a count, ends a name
/// (`bạc Phú Quý 1 lượng`): `Quý` is a name's word as often as a quarter's; a quarter opens no
/// name and is followed by what happened in it (`Báo cáo Quý 1`, `Vinamilk Quý 3 tăng 5%`).
fn quy_ends_a_name(p: &Place) -> bool {
    let title = is_title_case;
    // (A word that opens the sentence is capitalized for that alone: `Trong Quý 2, …`.)
    let opens_the_sentence = |w: &str| {
        let head = without_last(p.before.trim_end(), w.len()).unwrap_or_default();
        !inside_a_sentence(head.trim_end())
    };
    // (And a count follows the number, what the name sells: `Phú Quý 1 lượng`; a company's
    // quarter reads on, `Vinamilk Quý 3 tăng 5%`.)
    let counted_after = || {
        amount_after_the_word(p).is_some_and(|(after, _)| {
            crate::quantity::unit_after(p.units, after).is_some()
                || crate::quantity::tael(after).is_some() && gold_named_before(p.before)
        })
    };
    // (After a word of kinship or address `Quý` is a person: `Anh Quý 3 năm liền đạt giải`.)
    let a_person = || {
        previous_word(p.before)
            .is_some_and(|w| word_in(w, crate::extract::context::KINSHIP) || same(w, "trưởng"))
    };
    split_word(p.rest).is_some_and(|(w, _)| title(w) && same(w, "quý"))
        && (previous_word(p.before).is_some_and(|w| title(w) && !opens_the_sentence(w))
            && counted_after()
            || a_person())
}

/// A month coordinated with the month just before it, its cue written once (`tháng 7, 8 và 9`,
/// `tháng 5, 6 năm 2024`): the number of a month after a list's link, or a range's, where no
/// noun of the lexicon follows it that it counts (`tháng 7, 8 người`). With no year of its own
/// it borrows the year that ends the list (`2` in `tháng 1, 2, 3/2025` is February 2025), as a
/// conjunct that cannot stand alone does; the first month, whole alone, keeps none.
fn listed_month(p: &Place) -> Option<(usize, Value)> {
    if !listed_after(
        p,
        |v| matches!(v, Value::Month(m) if m.calendar() == Calendar::Solar),
    ) {
        return None;
    }
    let (number, after) = month_number(p.rest)?;
    let (year, _, after_year) = crate::date::written_year(after);
    let (year, end) = match year {
        Some(year) => (Some(year), after_year),
        // (`tháng 5, 6 năm nay`: a year placed from now is no count of years.)
        None if crate::quantity::unit_after(p.units, after).is_some()
            && !in_a_year_placed(after) =>
        {
            return None
        }
        None => (year_ending_a_list_of_months(after), after),
    };
    let month = crate::period::Month::new(year, number).ok()?;
    Some((p.at(end)?, Value::Month(month)))
}

/// The number of a month at the start of `input`, one or two digits 1 to 12 ending there (no
/// letter, no more digits, no `/` or `.` of a day's or a decimal's glued to it), and the rest.
fn month_number(input: &str) -> Option<(u8, &str)> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    let (number, after) = input
        .split_at_checked(digits)
        .filter(|_| (1..=2).contains(&digits))?;
    let number: u8 = number.parse().ok().filter(|n| (1..=12).contains(n))?;
    let glued = after.starts_with(|c: char| c.is_alphanumeric() || c == '/')
        || after
            .strip_prefix(['.', ','])
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    (!glued).then_some((number, after))
}

/// The year of the last month of a list of month numbers going on at `after` (`, 3/2025` in
/// `tháng 1, 2, 3/2025`; `và 6 năm 2024`), if the list ends with one.
fn year_ending_a_list_of_months(mut after: &str) -> Option<i32> {
    // (A list of months is a year's at most: looked along no further.)
    for _ in 0..12 {
        let link_len = after
            .find(|c: char| c.is_ascii_digit())
            .filter(|&at| is_list_link(after.get(..at).unwrap_or_default()))?;
        let item = after.get(link_len..)?;
        let digits = item.bytes().take_while(u8::is_ascii_digit).count();
        let number: u8 = item.get(..digits)?.parse().ok()?;
        if !(1..=12).contains(&number) {
            return None;
        }
        let rest = item.get(digits..)?;
        match crate::date::written_year(rest) {
            (Some(year), ..) => return Some(year),
            _ => after = rest,
        }
    }
    None
}

/// Whether the entity just before the place is one `of_its_kind` and a list's link or a
/// range's joins it to the place (`quý I và II`, `tháng 7, 8`, `tháng 3 đến 5`).
fn listed_after(p: &Place, of_its_kind: impl Fn(&Value) -> bool) -> bool {
    p.last.is_some_and(|last| {
        let link = p.text.get(last.span.end..p.pos).unwrap_or_default();
        of_its_kind(&last.value) && (is_list_link(link) || is_range_link(link))
    })
}

/// Whether `rest` opens with a month and its year (`4/2024`, `12/2024`), as a month with no
/// `tháng` is written: what a month listed after a month is, no ratio (`các tháng 3, 4/2024
/// nông dân`; `tháng 3/2025, 63/63 tỉnh` is one).
fn month_of_a_year(rest: &str) -> bool {
    super::plain::bare_month(rest).is_some()
}

/// A quarter coordinated with the quarter just before it, its cue written once (`quý I và
/// II/2024`, `quý III, IV năm 2024`).
fn listed_quarter(p: &Place) -> Option<(usize, Value)> {
    // (`quý 2 đến 3/2024`: the end of a range of quarters too.)
    if !listed_after(p, |v| matches!(v, Value::Quarter(_))) {
        return None;
    }
    let (r, q) = crate::period::quarter_after_cue(p.rest).ok()?;
    Some((p.at(r)?, Value::Quarter(q)))
}

/// A year after its cue, or a range of years.
fn cued_year(p: &Place) -> Option<(usize, Value)> {
    // (`năm` after `giải` is the fifth prize, as `giải nhất`, `giải tư` rank the others: `Giải
    // năm: 6731` names no year.)
    if previous_word(p.before).is_some_and(|w| same(w, "giải"))
        && split_word(p.rest).is_some_and(|(w, _)| same(w, "năm"))
    {
        return None;
    }
    // At digits there is no cue: only four of them (a year, or the first of a span) read, or
    // years in brackets after a name.
    let digits = p.rest.bytes().take_while(u8::is_ascii_digit).count();
    let cued = || {
        (digits == 0 || digits == 4)
            .then(|| year(p.rest).ok())
            .flatten()
    };
    let (r, y) = match cued() {
        Some(found) => found,
        None if digits > 0 => years_in_brackets_after_a_name(p.before, p.rest)?,
        None => return None,
    };
    let end = p.at(r)?;
    if year_in_words_is_a_count(p, end) {
        return None;
    }
    Some((end, Value::Year(y)))
}

/// Whether the year in words read up to `end` after `năm` is a count after "a year" instead:
/// after a word that takes `năm` as a span (`cả năm hai nghìn ba trăm ca mắc`, `mỗi năm một
/// nghìn hai trăm lượt khách`), or after `trong` before a noun the amount counts (`Trong năm
/// một nghìn hai trăm dự án …`, where `trong năm hai nghìn không trăm hai mươi tư, …` is the
/// year). Elsewhere the words are the year, whatever follows (`năm hai nghìn lẻ tám cuốn trôi
/// cả cây cầu`).
fn year_in_words_is_a_count(p: &Place, end: usize) -> bool {
    const A_YEAR: &[&str] = &["hằng", "hàng", "mỗi", "cả", "một", "suốt", "nửa"];
    let read = p.text.get(p.pos..end).unwrap_or_default();
    if read.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let after = p.text.get(end..).unwrap_or_default();
    let counts = || {
        crate::quantity::unit_after(p.units, after).is_some()
            || crate::quantity::noun_follows(after)
    };
    previous_word(p.before).is_some_and(|w| word_in(w, A_YEAR) || same(w, "trong") && counts())
}

/// A year coordinated with a year before it (`năm 2020 và 2021`).
fn listed_year(p: &Place) -> Option<(usize, Value)> {
    let (r, y) = conjunct_year(p.text, p.last?, p.pos)?;
    Some((p.at(r)?, Value::Year(y)))
}

/// An administrative unit the contract annotates, not the end of a longer type word (`xã` of
/// `thị xã`), and not a region after a plural (`các tỉnh Nam Bộ`) unless the gazetteer knows
/// the name.
fn admin_unit(p: &Place) -> Option<(usize, Value)> {
    let (r, unit) = admin(p.rest).ok()?;
    // (A number word in title case after another capitalized word ends a name, no plural:
    // `đường Ba Tháng Hai phường 12`.)
    let plural = words_back(p.before).next().is_some_and(|(w, before_w)| {
        let in_a_name = is_capitalized(w) && previous_word(before_w).is_some_and(is_capitalized);
        word_in(w, PLURALS) && !in_a_name
    });
    // (A unit named by its number is no amount going on: `huyện và xã 40%`, `xã 3 km`; the
    // number is a share or a measure; nor one with a scale, `ngân sách phường 30 triệu đồng`,
    // the ward's budget. Hours after it may place the time, `Q.1 giờ này`.)
    let numbered = unit.is_numbered();
    let scaled = || {
        next_word(r).is_some_and(|(w, _)| crate::words::lexer::is_scale_word(w))
            || r.starts_with(['k', 'K'])
            || r.starts_with("tr")
    };
    let amount_goes_on = || {
        scaled()
            || r.trim_start_matches(crate::text::is_space).starts_with('%')
            || crate::quantity::unit_after(p.units, r).is_some_and(|(noun, _)| {
                crate::quantity::MEASURES.contains(&noun.as_str())
                    || crate::quantity::is_powered(&noun)
            })
    };
    if numbered && amount_goes_on() {
        return None;
    }
    // `mỗi thôn 200 hộ`: a type word taken distributively names no unit.
    if after_a_distributive(p.before)
        || number_counts_after_a_type_word(p, &unit, r)
        || type_word_in_a_noun(p.before, p.rest)
        || opens_a_street_name(p.before)
        || of_several_units(p.before, &unit, r)
    {
        return None;
    }
    // (A unit numbered after a plural is known by its number, though the gazetteer lists no
    // village: `các ấp 3, 4`, `các khu phố 1, 2`.)
    // (After a plural, a name in lower case is what the units are, no name: `các xã biên
    // giới`, the border communes, though a commune is named Biên Giới; a number names one,
    // `các phường 1, 2 và 3`, but for a count it goes on to, `các phường 12 năm liền`.)
    let read = p.read_to(r);
    let numbered = || crate::quantity::unit_after(p.units, r).is_none();
    let in_lower_case = !read.split_whitespace().skip(1).any(|w| {
        w.starts_with(char::is_uppercase)
            || w.starts_with(|c: char| c.is_ascii_digit()) && numbered()
    });
    let stands = admin_in_context(&unit)
        && !a_title_in_capitals(p, &unit, r)
        && !titled_by_kinship(p.before, p.rest)
        && (!a_common_word_in_lower_case(read) || unit.level == crate::admin::AdminLevel::Province)
        && !an_epithet(p.before, &unit)
        && !ends_longer_type(p.text, p.pos)
        && !(plural
            && (unit.matches.is_empty() && !unit.is_former_province() && !unit.is_numbered()
                || in_lower_case))
        && !named_only_by_a_headlines_capitals(p, &unit);
    let end = p.at(r)?;
    stands.then_some((end, Value::Admin(unit)))
}

/// Whether `unit`, above a village, is named by capitals alone in a line in title case, where
/// every word has one (`Đến 2030 Thành Phố Sẽ Có Metro`, `Xã Hỗ Trợ 45 Hộ Nghèo`): a name the
/// gazetteer lacks is no name there, as in a line in capitals.
fn named_only_by_a_headlines_capitals(p: &Place, unit: &AdminUnit) -> bool {
    // (A village is named as it likes, and the gazetteer lists none: `Trận 1: Thôn Đông – Thôn
    // Nam` is read as written.)
    unit.matches.is_empty()
        && unit.level != crate::admin::AdminLevel::Village
        && !unit.is_numbered()
        && !unit.is_former_province()
        && crate::extract::context::a_line_in_title_case(p.before, p.rest)
}

/// Words of the language that name communes too (`Thống Nhất`, `Biên Giới`, `Đoàn Kết`): in
/// lower case after a type word they are the words (`HĐND xã thống nhất bố trí`, the council
/// agrees; `ở xã biên giới`, a border commune), since a name is written capitalized. A
/// province's name is one of a few dozen, each known by it, and no province is "peaceful":
/// `tỉnh hòa bình` in a chat's lower case is the province.
const COMMON_WORDS_AS_NAMES: &[&str] = &[
    "thống nhất",
    "biên giới",
    "đoàn kết",
    "hòa bình",
    "độc lập",
    "tiến bộ",
    "thắng lợi",
    "quyết thắng",
    "nông thôn",
    "miền núi",
    "ven biển",
    "đặc biệt",
];

/// Whether the unit read as `read` (its type word, then its name) is named in lower case by
/// one of [`COMMON_WORDS_AS_NAMES`].
fn a_common_word_in_lower_case(read: &str) -> bool {
    let Some((_, name)) = split_word(read) else {
        return false;
    };
    let name = name.trim_start_matches(crate::text::is_space);
    !name.chars().any(char::is_uppercase)
        && COMMON_WORDS_AS_NAMES
            .iter()
            .any(|w| crate::text::match_phrase(name, w).is_some_and(|len| len == name.len()))
}

/// Whether the type word opening `rest` is in title case right after a word of kinship or
/// address in title case (`Bà Huyện Thanh Quan`, the poet; `Ông Xã`, a husband as he is
/// called): a person's title or name, no unit. Not after two such words, which name people
/// together (`Bà Con Xã Tân Lập`, `Anh Chị Em Quận 1`, as a headline writes `bà con xã Tân
/// Lập`), nor before a number, which names no person.
fn titled_by_kinship(before: &str, rest: &str) -> bool {
    let Some((_, after)) = split_word(rest).filter(|(w, _)| is_title_case(w)) else {
        return false;
    };
    let kin = |w: &str| is_title_case(w) && word_in(w, KINSHIP);
    let mut back = words_back(before);
    let titled =
        back.next().is_some_and(|(w, _)| kin(w)) && !back.next().is_some_and(|(w, _)| kin(w));
    let numbered = space1(after).is_ok_and(|(r, _)| r.starts_with(|c: char| c.is_ascii_digit()));
    titled && !numbered
}

/// Whether `unit`, after `before`, is a city or a province given a name of praise the gazetteer
/// does not know (`được mệnh danh là thành phố Hoa Phượng Đỏ`, `còn gọi là thành phố Sương Mù`,
/// see [`said_to_be`]): an epithet, no unit; a city the gazetteer knows stands (`được gọi là
/// thành phố Hà Nội`).
fn an_epithet(before: &str, unit: &AdminUnit) -> bool {
    matches!(unit.kind, AdminType::ThanhPho | AdminType::Tinh)
        && unit.matches.is_empty()
        && !unit.is_numbered()
        && !unit.is_former_province()
        && said_to_be(before)
}

/// Whether `before` ends with words that give a place a name of praise: `mệnh danh (là)`,
/// `gọi là`, `ví như` (`được mệnh danh là`, `còn gọi là`); `là` alone states what it is, a city
/// of history too (`từng là tỉnh Gia Định`).
fn said_to_be(before: &str) -> bool {
    let head = before.trim_end_matches(crate::text::is_space);
    ["mệnh danh", "mệnh danh là", "gọi là", "ví như"]
        .iter()
        .any(|phrase| ends_with_phrase(head, phrase))
}

/// `trên` right after a measure is "per", not "over": what it counts after it is the whole the
/// first is measured in (`0,52 miligam trên một lít khí thở`, `2 kg trên 1 bao`, `60 km trên
/// một giờ`), read with no qualifier (here, `trên` reads nothing: the amount after it is read on
/// its own). A length of time of more than one after it is more than that long (`39 độ trên 3
/// ngày`, `3,5 tấn trên 15 năm sử dụng`).
fn per_a_measure_after_a_measure(p: &Place) -> bool {
    // (What is counted after `trên`, read past its amount: a length of time there is how long,
    // more than it, `35 độ C trên 3 ngày liên tiếp`, unless it is one, the whole of a rate,
    // `60 km trên một giờ`.)
    // (Asked at every amount: its first byte first.)
    if !crate::text::may_begin_with(p.rest, b't') {
        return false;
    }
    let Some((word, after_word)) = split_word(p.rest) else {
        return false;
    };
    let a_whole_after = || {
        space1(after_word)
            .ok()
            .and_then(|(amount, _)| crate::words::grammar::amount(amount).ok())
            .and_then(|(after, amount)| {
                let (unit, _) = crate::quantity::unit_after(p.units, after)?;
                Some((unit, amount.value == Decimal::ONE))
            })
            .is_some_and(|(unit, one)| one || !crate::quantity::DURATIONS.contains(&unit.as_str()))
    };
    same(word, "trên")
        && last_just_before(p.text, p.last, p.pos, |_| false).is_some_and(|e| {
            matches!(&e.value, Value::Quantity(q) if crate::quantity::is_measure_or_duration(&q.unit))
        })
        && a_whole_after()
}

/// Whether the number after a type word taken as a whole or as a place (after `toàn`, `cả`,
/// `riêng`, `trong`) counts the noun after it, where the unit would be named by that number:
/// the type word is then the noun, a unit taken as such (`Tổng số hộ trong thôn 186 hộ`, `Cả
/// phường 300 người tham gia`). (`ấp 3 xã Tân Thạnh`: a type word after it names another unit;
/// `Quận 1 tổ chức lễ hội`: a unit named, then a verb that is also a noun.) `rest` is the text
/// after the unit read.
///
/// Only a type word written out (`Q.7 bao nhiêu`: an abbreviation names the unit), and only
/// before a noun counted as such, no classifier or container (`bao`, a bag, is also the `bao`
/// of `bao nhiêu`).
fn number_counts_after_a_type_word(p: &Place, unit: &AdminUnit, rest: &str) -> bool {
    let numbered = unit.is_numbered();
    let read = p.read_to(rest);
    // (`Toàn phường 2.000 người`: digits grouped go on as one amount, no name.)
    let grouped = rest
        .strip_prefix(['.', ','])
        .is_some_and(|r| r.bytes().take_while(u8::is_ascii_digit).count() == 3);
    // (`Toàn xã 7 thôn đều …`: a type word counted is one no name or number follows; `ấp 3 xã
    // Tân Thạnh` names the commune.)
    let unit_named = |after: &str| {
        next_word(after).is_some_and(|(w, _)| is_capitalized(w))
            || space1(after).is_ok_and(|(r, _)| r.starts_with(|c: char| c.is_ascii_digit()))
    };
    let taken_whole =
        previous_word(p.before).is_some_and(|w| word_in(w, &["toàn", "cả", "riêng", "trong"]));
    numbered
        && taken_whole
        && !read.contains('.')
        && !is_capitalized(read)
        && (grouped
            || crate::quantity::unit_after(p.units, rest).is_some_and(|(noun, after)| {
                let type_word = crate::admin::type_word_len(&noun).is_some();
                (!type_word || !unit_named(after))
                    && !crate::quantity::is_measure_or_duration(&noun)
                    && !crate::quantity::classified_or_held(&noun)
            }))
}

/// Whether the unit read is the head of a title written in capitals, no unit: its type word
/// capitalized inside a sentence, a name of one word the gazetteer does not know, of a level
/// it knows (province, district, commune), and a word in lower case right after it that goes
/// on with it (`dự án Thành phố Thông minh`, a smart city; `Shop Thành Phố Xanh`). A unit
/// renamed since, written in a sentence, keeps its type word in lower case (`thị trấn Me phụ
/// trách`). `rest` is the text after the name.
fn a_title_in_capitals(p: &Place, unit: &AdminUnit, rest: &str) -> bool {
    use crate::admin::AdminLevel;
    let head = p.before.trim_end_matches(crate::text::is_space);
    let inside = !head.is_empty() && !head.ends_with(['.', '!', '?', ':', '\n', '(', '"']);
    if !(inside && p.rest.starts_with(char::is_uppercase)) {
        return false;
    }
    let of_the_gazetteer = matches!(
        unit.level,
        AdminLevel::Province | AdminLevel::District | AdminLevel::Commune
    );
    let goes_on = space1(rest).is_ok_and(|(r, _)| r.starts_with(char::is_lowercase));
    let a_word = unit.name.starts_with(char::is_uppercase) && !unit.name.contains(' ');
    of_the_gazetteer && unit.matches.is_empty() && a_word && goes_on
}

/// Whether the type word here makes, with `liên` before it, the adjective "of several units"
/// (`đường liên thôn số 3`, `tuyến liên xã 5`, `bến xe Liên tỉnh Đà Lạt`): the number after it
/// is the road's, a capital opens a name, and a name the gazetteer lacks for the type is a
/// route's (`liên tỉnh Hà Nội - Lào Cai`); no unit, unless another unit of its type is linked
/// after it, the units the road joins (`đường liên thôn 2 - thôn 5`), or a unit's name
/// follows lower-case `liên` (`đường liên xã Tân Phú`, a road of that commune).
fn of_several_units(before: &str, unit: &AdminUnit, rest: &str) -> bool {
    let Some(lien) = previous_word(before).filter(|w| same(w, "liên")) else {
        return false;
    };
    let joined = || {
        let after_link = rest
            .trim_start_matches(|c: char| crate::text::is_space(c) || matches!(c, '-' | '–'))
            .trim_start_matches(crate::text::is_space);
        let after_link = split_word(after_link)
            .filter(|(w, _)| word_in(w, &["và", "với", "đến", "tới"]))
            .map_or(after_link, |(_, r)| space0_str(r).0);
        admin(after_link).is_ok_and(|(_, next)| next.kind == unit.kind)
    };
    // (A capital after a name or a word of address is a person's name, Liên: `bà Nguyễn Thị
    // Liên xã Hòa Bình`, `Hộ bà Liên thôn 5`, where the unit stands.)
    let head = without_last(before.trim_end_matches(crate::text::is_space), lien.len())
        .unwrap_or_default();
    let a_persons_name = is_capitalized(lien)
        && previous_word(head).is_some_and(|w| is_capitalized(w) || word_in(w, KINSHIP));
    // (In lower case before a name, a unit the gazetteer lacks is no unit: `xe khách liên tỉnh
    // Hà Nội - Lào Cai` joins two, `bến xe liên tỉnh Đà Lạt` names a city no province.)
    let unknown = unit.matches.is_empty() && !unit.is_numbered();
    !a_persons_name && (is_capitalized(lien) || unit.is_numbered() || unknown) && !joined()
}

/// Whether a type word here opens the name of the street or lane named right before it (`mặt
/// phố Xã Đàn`, `đường Huyện Lộ 2`, `ngõ Quận Đội`): a street is named as it likes, and a
/// unit is written after its name, not in place of it (`phố Huế, phường Hai Bà Trưng`).
fn opens_a_street_name(before: &str) -> bool {
    const STREETS: &[&str] = &["phố", "đường", "ngõ", "ngách", "hẻm", "kiệt"];
    let trimmed = before.trim_end_matches(crate::text::is_space);
    words_back(before).next().is_some_and(|(street, head)| {
        // (Right before, no mark between: `phố Huế, Phường 7` names the ward.)
        let right_before = trimmed.ends_with(street);
        // (`khu phố 3`, `tổ dân phố 5` are units of their own, whose name is their number.)
        let quarter = same(street, "phố")
            && previous_word(head).is_some_and(|w| same(w, "khu") || same(w, "dân"));
        right_before && word_in(street, STREETS) && !quarter
    })
}

/// A telephone number, unless introduced as a code (`Mã số thuế: 0301234567`).
fn telephone(p: &Place) -> Option<(usize, Value)> {
    // (The number first: most digits are no phone, and the words before cost more to read.)
    let (r, phone) = phone(p.rest).ok()?;
    // (`03-10-2024 09:41`: a whole date with its separators, then an hour, is no number to
    // dial, though its digits are as many.)
    let a_date = || {
        kept_raw_date(p.rest).is_some_and(|(_, raw)| {
            raw.separator.is_some() && raw.date.year.is_some() && raw.is_valid()
        })
    };
    if introduced_as_code(p.before) || a_date() {
        return None;
    }
    Some((p.at(r)?, Value::Phone(phone)))
}

/// Whether `rest` opens with a telephone number and, after a dash or a slash, another
/// (`0912345678 - 0987654321`, `0243.8251234/0243.8255678`): two numbers to call, no range nor
/// ratio of them.
fn two_phones_joined(rest: &str) -> bool {
    // (Ten digits at least in the first few bytes first: most numbers are no telephone, and
    // are not parsed as one; and no more than those bytes is looked at, however long the text.)
    if rest.bytes().take(24).filter(u8::is_ascii_digit).count() < 10 {
        return false;
    }
    let Ok((after, _)) = phone(rest) else {
        return false;
    };
    let (link, _) = space0_str(after);
    link.strip_prefix(['-', '–', '/'])
        .is_some_and(|next| phone(space0_str(next).0).is_ok())
}

/// The number and symbol of a document.
fn document_number(p: &Place) -> Option<(usize, Value)> {
    let (r, d) = docnum(p.rest).ok()?;
    Some((p.at(r)?, Value::DocNum(d)))
}

/// An amount with its currency; not the grade of a noun (`xăng RON 95`, see
/// [`grade_of_a_noun`]).
fn sum_of_money(p: &Place) -> Option<(usize, Value)> {
    if p.inside_a_numeral() {
        return None;
    }
    let (r, mut m) = money(p.rest).ok()?;
    if street_abbreviated_after(p.before, p.digits()) {
        return None;
    }
    // (`45,000đ`, `VND 120,000`, `25,000-30,000đ/kg`: no sum of đồng in a text has a
    // fraction, so a lone comma before three digits groups thousands, read from the digits
    // after the qualifier or a currency written first; see `in_whole_dong`. So it does before a
    // currency with no minor unit (`1,200 yên`, `5,500 won`), and before one of cents, whose
    // fraction has no third digit, but in a rate of exchange, which has more (`1,099 USD`,
    // `USD 6,350/tấn`; `Tỷ giá euro 1,085 USD`, `đổi được 3,250 USD`). `Money` itself keeps
    // the point: its text reads back as written.)
    let grouped = match m.currency.minor_digits() {
        Some(0) => true,
        Some(2) => {
            crate::currency::before_amount(p.digits()).is_some() || !a_rate_named_before(p.before)
        }
        _ => false,
    };
    if m.currency == crate::currency::Currency::VND || grouped {
        let digits = p.digits();
        let digits = crate::currency::before_amount(digits).map_or(digits, |(_, at)| at);
        m.amount = in_whole_dong(digits, m.amount);
    }
    // (`không tệ chút nào`, `không yên`: before a foreign money's name that is also a word of
    // its own, `không` is `not`; `không đồng` is the zero a sum is spelled as.)
    let negation = m.amount == Amount::Exact(Decimal::ZERO)
        && m.currency != crate::currency::Currency::VND
        && split_word(p.rest).is_some_and(|(w, _)| same(w, "không"));
    if negation {
        return None;
    }
    // A code of ISO's list that Vietnamese names no currency by, before digits: glued to them
    // it is a grade or a model's name (`xăng RON95`), and after a noun its grade (`xăng RON
    // 95`).
    let code_first = p.rest.get(..3).is_some_and(|c| c == m.currency.code());
    let glued = p.rest.as_bytes().get(3).is_some_and(u8::is_ascii_digit);
    // (`RON` before a number from 80 to 100 is a petrol's octane, wherever it stands: `Giá RON
    // 95 tăng`, `Xăng RON 97`; no sum in lei.)
    let octane = || {
        m.currency.code() == "RON"
            && matches!(m.amount, Amount::Exact(v) if (Decimal::from(80)..=Decimal::from(100)).contains(&v))
    };
    if code_first && m.currency.name().is_none() && (glued || grade_of_a_noun(p.before) || octane())
    {
        return None;
    }
    // (`Lương ba cọc ba đồng`: an idiom of counts names no sum.)
    if dong_opens_a_word(p.text.get(p.pos..p.at(r)?)?, r, &m)
        || rate_of_exchange(p)
        || in_an_idiom_of_counts(p.before, p.rest)
        || crews_after_shifts(p, &m)
    {
        return None;
    }
    let written = p.text.get(p.pos..p.at(r)?)?;
    if heads_a_column(p, written, &m)
        || priced_by_another_noun(r, written, &m)
        || unmarked_dong_before_ungrouped_digits(p, written)
    {
        return None;
    }
    // `5.000.000 đ (năm triệu đồng)`: the sum spelled out after it is read with it.
    let r = spelled_money_after(r, &m).unwrap_or(r);
    Some((p.at(r)?, Value::Money(m)))
}

/// Whether `dong`, đồng written with no marks (as a bank's SMS writes it), follows an amount
/// not grouped in thousands: text with no marks writes `dòng`, `đông` and `đóng` so too, and
/// a sum so sent is grouped (`845,300 dong`), where `5 dong nguoi`, `1200 dong du lieu` and
/// `Nam 2024 dong gop` are streams of people, lines of data and a year's giving.
fn unmarked_dong_before_ungrouped_digits(p: &Place, written: &str) -> bool {
    let unmarked = written
        .get(written.len().saturating_sub(4)..)
        .is_some_and(|end| end.eq_ignore_ascii_case("dong"));
    // (`845,300`: a lone comma before three digits may group thousands too.)
    let grouped = || {
        let (unsigned, _) = crate::number::sign(p.digits());
        crate::number::numeral(unsigned).is_ok_and(|(_, n)| {
            n.grouping == crate::number::Grouping::Thousands || n.thousands.is_some()
        })
    };
    unmarked && !grouped()
}

/// Whether the currency of a sum is in brackets after a small number or a year, where it heads
/// a column or a label numbers it (`Cột 5 (VNĐ)`, `Điều 5 (VND)`, `Bảng giá 2024 (VND)`); after
/// a sum it is the unit the sum is given in (`= 34 000 (đồng)`, `Đơn giá: 45.000 (đồng)`).
fn heads_a_column(p: &Place, written: &str, m: &Money) -> bool {
    let bracketed = written.ends_with(')')
        && written.rfind('(').is_some_and(|open| {
            crate::money::bracketed_currency(written.get(open..).unwrap_or_default())
                .is_some_and(|(_, rest)| rest.is_empty())
        });
    let small_or_a_year = || {
        let digits = p.digits();
        let run = digits.bytes().take_while(u8::is_ascii_digit).count();
        let year = run == 4 && digits.starts_with(['1', '2']);
        year || matches!(m.amount, Amount::Exact(v) if v < Decimal::ONE_HUNDRED)
    };
    bracketed && small_or_a_year()
}

/// Whether the unit a scaled amount with no currency is priced by, `khối` or `số` (the cubic
/// metre and the kilowatt-hour or an issue: `18k/khối`, `4k/số`), opens another noun with the
/// words after it (`200k/khối lớp`, `50k/số lượng`, `30k/số báo danh`): no price then. `rest`
/// is the text after the sum.
fn priced_by_another_noun(rest: &str, written: &str, m: &Money) -> bool {
    let Some(per) = m.per.as_deref().filter(|per| matches!(*per, "khối" | "số")) else {
        return false;
    };
    if written_with_a_currency(written) {
        return false;
    }
    // (The text after the unit's word.)
    let Some(after_per) = rest
        .strip_prefix('/')
        .map(|t| t.trim_start_matches(|c: char| c.is_alphanumeric() || is_word_char(c)))
    else {
        return false;
    };
    let of_the_lexicon = || {
        crate::quantity::Units::shared()
            .longest(after_per.trim_start_matches(crate::text::is_space))
            .is_some()
    };
    // (What a meter measures by them is no other noun: `18k/khối nước`, `4k/số điện`.)
    let metered = next_word(after_per).is_some_and(|(w, _)| word_in(w, &["điện", "nước"]));
    let any_word = || {
        next_word(after_per).is_some_and(|(w, _)| {
            w.starts_with(char::is_lowercase) && !crate::quantity::is_particle(w)
        })
    };
    after_per.starts_with(crate::text::is_space)
        && !metered
        && (of_the_lexicon() || per == "số" && any_word())
}

/// Whether the text of a sum names its currency (`4.000đ`, `18.000 đồng`), where a scaled
/// amount alone (`18k`) takes đồng from the measure it is priced by.
fn written_with_a_currency(written: &str) -> bool {
    crate::number::amount(after_qualifier(written))
        .is_ok_and(|(after, _)| crate::money::currency_after(after).is_some())
}

/// `amount`, read from the digits at `digits`, with each bound whose lone comma before three
/// digits groups thousands read so (`45,000` is 45 000 đồng, no đồng having a fraction): both
/// bounds of a range, or neither. A bound that opens with a zero is none such (`0,500`). A
/// sign before the digits keeps its sense (`-150,000VND` is a debit of 150 000 đồng).
fn in_whole_dong(digits: &str, amount: Amount) -> Amount {
    fn whole(text: &str, value: Decimal) -> Option<(&str, Decimal)> {
        let (unsigned, negative) = crate::number::sign(text);
        let (rest, n) = crate::number::numeral(unsigned).ok()?;
        let t = n
            .thousands
            .filter(|t| *t >= Decimal::ONE_THOUSAND && n.value == value.abs())?;
        Some((rest, crate::number::signed(negative, t)))
    }
    match amount {
        Amount::Exact(value) => whole(digits, value).map_or(amount, |(_, t)| Amount::Exact(t)),
        Amount::Range(low, high) => {
            let second = |rest: &str| {
                let bound = crate::number::range_separator(rest)?;
                whole(bound, high).map(|(_, t)| t)
            };
            // (`từ` opens the range before its first bound.)
            let digits =
                crate::text::keyword_rest(digits, "từ").map_or(digits, |r| space0_str(r).0);
            match whole(digits, low).and_then(|(rest, l)| Some((l, second(rest)?))) {
                Some((l, h)) => Amount::Range(l, h),
                None => amount,
            }
        }
    }
}

/// Whether the kip here follows a count of shifts (`thi công 3 ca, 4 kíp`, `3 ca 4 kíp`): the
/// crews that work them, no Lao money.
fn crews_after_shifts(p: &Place, m: &Money) -> bool {
    m.currency == crate::currency::Currency::LAK
        && last_just_before(p.text, p.last, p.pos, |c| c == ',')
            .is_some_and(|e| matches!(&e.value, Value::Quantity(q) if q.unit == "ca"))
}

/// A percentage.
fn percentage(p: &Place) -> Option<(usize, Value)> {
    if p.inside_a_numeral() {
        return None;
    }
    let (r, pc) = percent(p.rest).ok()?;
    Some((p.at(r)?, Value::Percent(pc)))
}

/// Whether `q` may be a meter's reading, which a meter shows padded with zeros (`công tơ điện:
/// 00152 kWh`, `đồng hồ nước: 00007 m3`): a measure written as its symbol, where a serial
/// number counts no noun (`Số hợp đồng 000912345 ký ngày 2/1`: `ký`, to sign, or a kilo).
fn a_meter_reading(q: &Quantity) -> bool {
    let measure = crate::quantity::MEASURES.contains(&q.unit.as_str())
        || crate::quantity::is_powered(&q.unit);
    measure && q.unit.is_ascii()
}

/// Hours right after the noun a price was just given per (`35.000 đồng/lượt 4 giờ`, `200k/ca
/// 8 tiếng`) say how long that unit lasts: a length, no hour of the clock; so do hours between
/// a thing sold by the time and its price (`vé 4 giờ giá 150.000 đồng`, `gói 3 giờ 200k`).
fn lasts_the_unit_priced(p: &Place) -> bool {
    lasts_the_unit_priced_before(p) || lasts_the_thing_sold(p) || hired_by_the_hour(p)
}

/// Whether the hours here are how long a thing is hired for, a few words after `thuê` or
/// `mướn` (to hire) and before the price of that time: `thuê nguyên tàu 4h: 2,8tr`, `thuê xe
/// 3 tiếng hết 500k`, `mướn ghe 2 giờ giá 300.000đ`; a word of when between (`thuê xe lúc 7
/// giờ`, `thuê phòng từ 9h`) makes them the clock's.
fn hired_by_the_hour(p: &Place) -> bool {
    const WHEN: &[&str] = &[
        "lúc", "từ", "vào", "đến", "tới", "trước", "sau", "khoảng", "tầm",
    ];
    // (Before the price they are hired for: `thuê xe khách 10h xuất phát`, `thuê xe rước dâu
    // 9h ngày 12/12` are the clock's.)
    const PRICE_LINKS: &[&str] = &["giá", "hết", "là", "chỉ", "có", "với", "còn", "mất"];
    let Some((hours, after_hours)) = hours_here(p) else {
        return false;
    };
    if !(1..=12).contains(&hours) || !price_after_the_hours(after_hours, PRICE_LINKS) {
        return false;
    }
    for (word, _) in words_back(p.before).take(4) {
        if word_in(word, WHEN) {
            return false;
        }
        if word_in(word, &["thuê", "mướn"]) {
            return true;
        }
    }
    false
}

/// Whether the hours here stand between a thing sold by the time (a ticket, a package, a
/// session) and its price: `vé 4 giờ giá 150.000 VNĐ`, `combo 2 giờ 99k`; `vé 4 giờ chiều`
/// and `gói 7 giờ sáng mai` are the clock.
fn lasts_the_thing_sold(p: &Place) -> bool {
    // (A package is sold by its length; a ticket or a showing by its length or its hour, so
    // only a length a ticket is sold for, right before its price: `vé 4 giờ giá 150.000`,
    // where `Suất 20 giờ có giá`, `vé 7 giờ với giá` are the hours they start.)
    const PACKAGES: &[&str] = &["gói", "combo", "thẻ"];
    const TICKETS: &[&str] = &["vé", "suất"];
    let Some(noun) = previous_word(p.before) else {
        return false;
    };
    let package = word_in(noun, PACKAGES);
    if !package && !word_in(noun, TICKETS) {
        return false;
    }
    let Some((hours, after_hours)) = hours_here(p) else {
        return false;
    };
    if (13..=23).contains(&hours) && !package {
        return false;
    }
    // (The price may follow the words that bring it: `giá`, `chỉ`, `có giá`, `với giá`.)
    let links: &[&str] = if package {
        &["giá", "chỉ", "có", "với", "còn"]
    } else {
        &["giá"]
    };
    price_after_the_hours(after_hours, links)
}

/// Whether a price follows hours (at `after_hours`, what follows their digits): their unit
/// (`giờ`, `tiếng`, `h`, glued or not), a colon or a comma maybe, and a number, maybe after a
/// few of the words `links` that bring a price (`4h: 2,8tr`, `3 tiếng hết 500k`, `4 giờ giá
/// 150.000`).
fn price_after_the_hours(after_hours: &str, links: &[&str]) -> bool {
    let (spaced, _) = space0_str(after_hours);
    let glued_h = spaced
        .strip_prefix('h')
        .filter(|r| !r.starts_with(|c: char| c.is_alphanumeric() || is_word_char(c)));
    let after_unit = match glued_h {
        Some(r) => r,
        None => match split_word(spaced) {
            Some((w, r)) if word_in(w, &["giờ", "tiếng", "h"]) => r,
            _ => return false,
        },
    };
    let mut rest = after_unit.strip_prefix([':', ',']).unwrap_or(after_unit);
    for _ in 0..3 {
        if crate::number::numeral(space0_str(rest).0).is_ok() {
            return true;
        }
        match next_word(rest) {
            Some((w, after)) if word_in(w, links) => rest = after,
            _ => return false,
        }
    }
    crate::number::numeral(space0_str(rest).0).is_ok()
}

/// The whole hours the digits here open (`4` of `vé 4 giờ`), and the text after them.
fn hours_here<'t>(p: &Place<'t, '_>) -> Option<(u8, &'t str)> {
    let digits = p.digits();
    let run = digits.bytes().take_while(u8::is_ascii_digit).count();
    let hours = digits.get(..run)?.parse::<u8>().ok()?;
    Some((hours, digits.get(run..)?))
}

/// Whether the hours here follow the noun a price was just given per (see
/// [`lasts_the_unit_priced`]).
fn lasts_the_unit_priced_before(p: &Place) -> bool {
    // (A unit that lasts, no person, and a few hours: `đồng/người 19 giờ mở cửa` is the clock.)
    let few = hours_here(p).is_some_and(|(h, _)| (1..=12).contains(&h));
    few && p.last.is_some_and(|e| {
        let Value::Money(m) = &e.value else {
            return false;
        };
        let between = p.text.get(e.span.end..p.pos).unwrap_or_default();
        let link = between.trim_matches(crate::text::is_space);
        m.per.as_deref().is_some_and(|per| {
            !crate::quantity::names_people(per)
                && link
                    .strip_prefix('/')
                    .map(|w| w.trim_matches(crate::text::is_space))
                    .is_some_and(|w| same(w, per))
        })
    })
}

/// After `cao` (tall), a length of one or two digits of metres and centimetres is a height,
/// though its centimetres are written as a power would be (`trẻ em cao dưới 1m2`, `cao 1m3
/// trở lên`): no one is measured in square metres. So is one bounded after a noun of children
/// (`trẻ em dưới 1m2`), and the end of a span of lengths in metres (`cao từ 1m đến 1m3`).
fn height_in_metres(p: &Place) -> Option<(usize, Value)> {
    let at_digits = p.text.len().checked_sub(p.digits().len())?;
    // (Or a child's, after a noun of children and a bound, as tickets are sold: `trẻ em dưới
    // 1m2 miễn phí`; `bình quân đầu người chưa đến 1m2` is an area per head.)
    let qualified = at_digits > p.pos;
    let tall = previous_word(p.before)
        .is_some_and(|w| same(w, "cao") || qualified && word_in(w, &["trẻ", "em", "bé", "cháu"]));
    // (And the first of a span of heights opened by `từ`, in metres and centimetres both,
    // `từ 1m2 đến 1m4 tính 50%`, as a price list by height writes it; `rộng từ 3m2 đến 5m2` is
    // of areas, which no height reaches.)
    let span_of_metres = || {
        p.last.is_some_and(|e| {
            let link = p.text.get(e.span.end..p.pos).unwrap_or_default();
            matches!(&e.value, Value::Quantity(q) if q.unit == "m") && is_range_link(link)
        })
    };
    let span_of_heights = || {
        let opened = previous_word(p.before).is_some_and(|w| same(w, "từ"));
        let heights = |s: &str| {
            crate::quantity::metres_and_centimetres(s, true)
                .is_some_and(|(_, q)| matches!(q.amount, Amount::Exact(v) if v < Decimal::from(3)))
        };
        let second = crate::quantity::metres_and_centimetres(p.digits(), true)
            .and_then(|(r, _)| crate::number::range_separator(r));
        opened && heights(p.digits()) && second.is_some_and(|s| heights(s) && s.starts_with('1'))
    };
    if !tall && !span_of_metres() && !span_of_heights() {
        return None;
    }
    let (mut r, mut q) = crate::quantity::metres_and_centimetres(p.digits(), true)?;
    // (A bound after it, `từ` or not before it: `cao từ 1m2 trở xuống`, `cao 1m3 trở lên`.)
    let (spaced, _) = space0_str(r);
    if let Some((bound, len)) = crate::number::bound_opening(spaced) {
        q.approx = Some(bound);
        r = spaced.get(len..)?;
    } else if qualified {
        let (_, (approx, _)) = approx_phrase(p.rest).ok()?;
        q.approx = Some(approx);
    }
    Some((p.at(r)?, Value::Quantity(q)))
}

/// Whether a count of administrative units names fewer units after it than it counts (`88 ấp
/// Phú Hữu, xã Phú Nhuận`, one hamlet for 88): a count of units names each (`2 phường An Lạc,
/// Tân Tạo`) or none (`5 xã vùng biên`), so a number before a type word and a single name is
/// a house's number in an address.
fn fewer_names_than_counted(q: &Quantity, after: &str) -> bool {
    let Amount::Exact(count) = q.amount else {
        return false;
    };
    if crate::admin::type_word(&q.unit).is_none() || count < Decimal::TWO {
        return false;
    }
    // The names after the type word, apart by commas or `và`, up to the count or a unit of
    // its own type word.
    // (A name in title case: in capitals every word would be one, `15 XÃ VÀ 1 THỊ TRẤN`.)
    let titled = |s: &str| split_word(s).is_some_and(|(w, _)| is_title_case(w));
    let mut names = 0u32;
    let mut rest = after;
    while Decimal::from(names) < count && names < 16 {
        let (spaced, _) = space0_str(rest);
        if !titled(spaced) || crate::admin::type_word(spaced).is_some() {
            break;
        }
        names = names.saturating_add(1);
        // Past the capitalized words of the name, to a link.
        let mut words = spaced;
        while let Some((_, r)) = split_word(words).filter(|(w, _)| is_capitalized(w)) {
            words = r;
            let (next, _) = space0_str(r);
            if !r.starts_with(crate::text::is_space) || !next.starts_with(char::is_uppercase) {
                break;
            }
            words = next;
        }
        let (link, _) = space0_str(words);
        rest = match link.strip_prefix(',') {
            Some(r) => r,
            None => match split_word(link).filter(|(w, _)| word_in(w, &["và", "hoặc"])) {
                Some((_, r)) => r,
                None => break,
            },
        };
    }
    // (One name only where it is a unit, the gazetteer's or a village's: `6 tỉnh Việt Bắc`
    // counts the provinces of a region.)
    let a_unit = || {
        let typed = format!("{} {}", q.unit, crate::text::head(space0_str(after).0, 64));
        crate::admin::admin(&typed).is_ok_and(|(_, unit)| {
            !unit.matches.is_empty() || unit.level == crate::admin::AdminLevel::Village
        })
    };
    names >= 1 && Decimal::from(names) < count && a_unit()
}

/// Whether the number here ends numbers listed after a type word of a lower level, and the
/// type word after it opens the unit they lie in, with its name or number (`các phường 11, 12,
/// 13 quận Gò Vấp`, `các ấp 3, 4 xã Phước Vĩnh An`, `phường 6, 9 quận 8`): the number names a
/// unit of the list, no count of the units above (`có 3 quận` counts them).
fn last_of_units_listed(p: &Place, unit: &str, after: &str) -> bool {
    let named = next_word(after).is_some_and(|(w, _)| is_capitalized(w))
        || space1(after).is_ok_and(|(r, _)| r.starts_with(|c: char| c.is_ascii_digit()));
    named && listed_below(p.before, unit)
}

/// Whether `before` ends with numbers listed after a type word of a level below the type word
/// `unit` (`các phường 11, 12, ` before `quận`): a number going on with them names a unit of
/// the list, and borrows no count of `unit` from the number after it.
fn listed_below(before: &str, unit: &str) -> bool {
    let Some((parent, _)) = crate::admin::type_word(unit) else {
        return false;
    };
    // Back over the list (`11, 12, `, `3 và `) to the type word before it.
    let mut rest = before.trim_end_matches(crate::text::is_space);
    let mut listed = false;
    for _ in 0..8 {
        let unlinked = match rest.strip_suffix(',') {
            Some(r) => r,
            None => match previous_word(rest).filter(|w| word_in(w, &["và", "hoặc"])) {
                Some(w) => without_last(rest, w.len()).unwrap_or_default(),
                None => break,
            },
        };
        let unlinked = unlinked.trim_end_matches(crate::text::is_space);
        let number = unlinked.trim_end_matches(|c: char| c.is_ascii_digit());
        if number.len() == unlinked.len() || !number.ends_with(crate::text::is_space) {
            return false;
        }
        rest = number.trim_end_matches(crate::text::is_space);
        listed = true;
    }
    // (The type word may be of two words: `khu phố`, `tổ dân phố`.)
    let listed_type = words_back(rest).take(3).find_map(|(_, before_word)| {
        let at = before_word.len();
        let (kind, len) = crate::admin::type_word(rest.get(at..)?.trim_start())?;
        (rest.get(at..)?.trim_start().len() == len).then_some(kind)
    });
    listed && listed_type.is_some_and(|kind| kind.default_level() > parent.default_level())
}

/// A count of a noun the lexicon knows, under the rules for number words and `một`; not a
/// clock time (`khoảng 16 giờ 40 phút`), not days of a month (`ngày 16 - 18 tháng …`).
fn count_of_known_noun(p: &Place) -> Option<(usize, Value)> {
    // (A code of four digits or more after its abbreviation counts nothing: `Mã kh 230918
    // khách hàng`.)
    let coded =
        || p.digits().bytes().take_while(u8::is_ascii_digit).count() >= 4 && names_a_code(p.before);
    if p.labelled()
        || p.street_number()
        || coded()
        || p.opens_a_fraction()
        || a_day_ending_a_list(p)
        || year_of_study(p.before, p.digits())
    {
        return None;
    }
    // (`tháng 5, 6 năm nay`: a month listed, before the year it is placed in.)
    let placed = || month_number(p.digits()).is_some_and(|(_, after)| in_a_year_placed(after));
    if placed() && listed_month(p).is_some() {
        return None;
    }
    if let Some(height) = height_in_metres(p) {
        return Some(height);
    }
    let (end, q) = p.lexical()?;
    // (`Đài Thơm 8 ngày 3-11-2024`, `bàn 12 ngày 08.07.2025`: `ngày` before a day with its year
    // opens that day, no count of days; so does it after the number of a name, a capital a
    // word or two before it inside a sentence, before any day (`Bệnh viện Nhân dân 115 ngày
    // 10/9`, `theo Công văn 215 ngày 3/4`), where `nghỉ 2 ngày 30/4 và 1/5` counts the days
    // it lists, and so does `Nghỉ 2 ngày 30/4` opening a sentence.)
    // (A name's number, three digits or more: `Tour Sapa 3 ngày 20/7` counts the days.)
    let large =
        || crate::number::amount(p.digits()).is_ok_and(|(_, a)| a.value >= Decimal::from(100));
    let after_a_name = || {
        large()
            && words_back(p.before)
                .take(2)
                .any(|(w, head)| is_capitalized(w) && inside_a_sentence(head))
    };
    let opens_a_dated_day = q.unit == "ngày"
        && p.text.get(*end..).is_some_and(|r| {
            kept_raw_date(space0_str(r).0).is_some_and(|(_, raw)| {
                raw.is_valid() && (raw.date.year.is_some() || after_a_name())
            })
        });
    // (`Wave Alpha 110 đời 2018`, `Mazda 3 đời 2019`, `Cub 50 đời 82`: `đời` before a year is
    // the model's year, and the number before it the model's, no count of generations, `3
    // đời sống chung`.)
    let model_year = q.unit == "đời"
        && p.text.get(*end..).is_some_and(|r| {
            let (year, _) = space0_str(r);
            let digits = year.bytes().take_while(u8::is_ascii_digit).count();
            let after = year.get(digits..).unwrap_or_default();
            (digits == 2 || digits == 4)
                && !after.starts_with(|c: char| c.is_alphanumeric())
                && crate::quantity::unit_after(p.units, after).is_none()
        });
    // (A name's number before a season named by its years opens that season, no count of
    // seasons: `V.League 1 mùa giải 2024-2025`; `trải qua 3 mùa giải 2021-2024` counts them.)
    let opens_a_named_season = || {
        const SEASONS: &[&str] = &["mùa giải", "năm học", "niên khóa", "niên khoá", "mùa vụ"];
        SEASONS.contains(&q.unit.as_str())
            && numbers_a_name(p.before)
            && p.text.get(*end..).is_some_and(|r| {
                let (year, _) = space0_str(r);
                year.bytes().take_while(u8::is_ascii_digit).count() == 4
            })
    };
    // (`Chi nhánh 2 hoạt động`: the number of a thing known by it, and a verb.)
    let verb_after_a_name =
        || a_verb_as_often(&q.unit) && (numbers_a_line(p.before) || numbers_a_name(p.before));
    if opens_a_dated_day
        || verb_after_a_name()
        || opens_a_named_season()
        || includes_after_a_price(p, q)
        || model_year
        || last_of_units_listed(p, &q.unit, &p.text[*end..])
        || fewer_names_than_counted(q, &p.text[*end..])
    {
        return None;
    }
    if matches!(q.amount, Amount::Range(..)) && year_counted_before(p.before, p.rest)
        || per_a_measure_after_a_measure(p)
    {
        return None;
    }
    let r = &p.text[*end..];
    // `khoảng 16 giờ 40 phút`: a clock time, read from its digits.
    let digits = p.digits();
    let next_length =
        || crate::time::kept_time(digits).is_some_and(|(_, t)| p.next_length_of_hours(&t));
    // (A range of hours five or more apart spans the hours of a day something is open, the
    // clock's, whatever is done in them (`làm việc 8-17 giờ`, `trực 7-23 giờ mỗi ngày`); a
    // narrow one is how long as often (`học thêm 3-4 giờ mỗi ngày`), as a single hour is.)
    let width = match q.amount {
        Amount::Range(low, high) => high.checked_sub(low),
        Amount::Exact(_) => None,
    };
    // (So is a range that starts in the afternoon or later: no day is spent at that many
    // hours, `17-19 giờ mỗi ngày` is the evening's peak.)
    let late = matches!(q.amount, Amount::Range(low, _) if low >= Decimal::from(13));
    let wide = late || width.is_some_and(|w| w >= Decimal::from(5));
    // (Not the hours of a length read to the clock's form: `thành tích 2 giờ 28 phút 15 giây`.)
    let a_length =
        || crate::time::kept_time(p.rest).is_some_and(|(r, t)| a_length_on_the_clock(p, &t, r));
    let clock = (q.unit == "giờ" || q.unit == "h")
        && !next_length()
        && !lasts_the_unit_priced(p)
        && !a_length()
        && (clock_time_at(p.text, digits)
            || borrowed_hour(digits).is_some_and(|(_, t)| {
                // (Asked of the text before the digits, the qualifier or `từ` with it.)
                let before_digits = p.text.len().checked_sub(digits.len());
                let before_digits = before_digits.and_then(|at| p.text.get(..at));
                let before = before_digits.unwrap_or(p.before);
                wide && t.minute() == 0
                    || if width.is_some() {
                        is_clock(before, &t, r)
                    } else {
                        is_clock_of_a_range(before, &t, r)
                    }
            }));
    // `ngày 16 - 18 tháng …`: days, whatever month follows.
    let days = q.unit == "tháng" && previous_word(p.before).is_some_and(|w| same(w, "ngày"));
    // `12 xã và một thị trấn`, `4 người chết, một người bị thương`: `một` set against another
    // count of the same noun in the sentence is the numeral.
    // (Asked of counts in words only: digits are numerals whatever is set against them.)
    let in_words = !p.digits().starts_with(|c: char| c.is_ascii_digit());
    // (Looked for after only from `một`, the article as often as the numeral: the other digit
    // words count.)
    let one = || split_word(p.digits()).is_some_and(|(w, _)| same(w, "một"));
    let set_against = in_words
        && (p
            .count_before()
            .is_some_and(|(other, linked)| linked || same_things(&other.unit, &q.unit))
            || one()
                && (counted_again_after(p, r, &q.unit)
                    // (`một lít sữa và 2 cốc`: a measure after `một` is the article's, of
                    // things; so is a length.)
                    || !crate::quantity::is_measure_or_duration(&q.unit)
                        && one_among_counts(p, r)
                    || a_gift_for_a_count(p, q)));
    // (`một rổ cam và hai rổ quýt`: a count in words set side by side with the next. `một
    // ngày`, `một lần` after a count of something else are a rate's, "a day", "once": `hai
    // viên, một ngày ba lần`; after a length they add to it, `3 năm và một tháng`.)
    let of_time = crate::quantity::of_time_or_times;
    let after_a_length = p
        .last
        .is_some_and(|e| matches!(&e.value, Value::Quantity(o) if of_time(&o.unit)));
    let of_a_rate = of_time(&q.unit) && !after_a_length;
    // (`một ngày kia`, `một hôm nọ`, `một năm nào đó`: "one day", some time not counted.)
    let some_time =
        of_time(&q.unit) && next_word(r).is_some_and(|(w, _)| word_in(w, &["kia", "nọ", "nào"]));
    // (`hai ngày một đêm`, `ba năm một tháng`: a length of another unit of time, no longer
    // than the one written right before it, goes on with it, one night more, no article;
    // `8 tiếng một ngày` is a rate, hours a day.)
    let juxtaposed_length = || {
        let rank = |u: &str| {
            const ORDER: &[&[&str]] = &[
                &["giây"],
                &["phút"],
                &["giờ", "tiếng"],
                &["ngày", "đêm", "hôm", "ngày đêm"],
                &["tuần"],
                &["tháng"],
                &["năm"],
            ];
            ORDER.iter().position(|units| units.contains(&u))
        };
        let this = rank(&q.unit);
        last_just_before(p.text, p.last, p.pos, |_| false).is_some_and(|e| {
            matches!(&e.value, Value::Quantity(o)
                if o.unit != q.unit && rank(&o.unit).zip(this).is_some_and(|(a, b)| b <= a))
        })
    };
    let set_against = !of_a_rate
        && !some_time
        && (set_against
            || juxtaposed_length()
            || split_word(p.rest).is_some_and(|(w, _)| same(w, "một"))
                && set_against_a_count_in_words(p.units, p.before, p.rest));
    // (`Cứ 4 tháng 1 khóa`: the months come round again, each with its share.)
    let months_repeat_with_a_share = || {
        space1(r)
            .ok()
            .and_then(|(r, _)| crate::date::month_ref(r))
            .is_some_and(|(_, _, after)| a_share_of_repeating_months(p, after))
    };
    let stands = counts(p.before, p.rest, q, set_against)
        && (!is_day_of_month(q, r) || p.after_a_count_of_years() || months_repeat_with_a_share())
        && !clock
        && !days
        && p.count_stands(q, r);
    if !stands {
        return None;
    }
    // (`22 giây 31`: the hundredths of the seconds, read on.)
    match with_hundredths(q.clone(), r) {
        (q, after) if after.len() < r.len() => Some((p.at(after)?, Value::Quantity(q))),
        (q, _) => Some((*end, Value::Quantity(q))),
    }
}

/// Whether `một` here is an item of a list of counts, and so the numeral set against them: an
/// item after `và`, `với` or `cùng`, or after a comma where the list goes on, with a count
/// before it in the clause (`2 trà sữa với một cà phê`, `3 váy cưới, 2 vest, một áo dài và 01
/// album`), or an item the list goes on from to a count (`một đôi bông tai, một sợi dây chuyền
/// và hai chiếc nhẫn`), or a part after `trong đó có` of the count before (`4 tân binh, trong
/// đó có một ngoại binh`). After a count and a comma alone it is an apposition's article (`500
/// nhân viên, một con số ấn tượng`), and after a measure or a length it opens the next clause.
/// `after` is the text after the noun counted.
fn one_among_counts(p: &Place, after: &str) -> bool {
    // (The clause before, a few words: the count in it is the last entity.)
    const REACH: usize = 80;
    // (A count of things or people: after a measure or a length and a comma, `một` opens the
    // next clause as the article, `odo 45.000 km, một chủ từ đầu`, `hai sào ruộng và một con
    // trâu`.)
    let count_before = || {
        p.last.is_some_and(|e| {
            matches!(&e.value, Value::Quantity(q) if !crate::quantity::is_measure_or_duration(&q.unit))
                && p.text.get(e.span.end..p.pos).is_some_and(|between| {
                    crate::text::fits(between, REACH) && !between.contains(['.', ';', '!', '?', '\n', ':'])
                })
        })
    };
    let head = p.before.trim_end_matches(crate::text::is_space);
    let after_a_comma = head.ends_with(',');
    let after_a_link = previous_word(head).is_some_and(|w| word_in(w, &["và", "với"]));
    let part_of_it = ends_with_phrase(head, "trong đó có");
    // The items after this one, to the end of the clause: whether one opens with a count.
    let window = crate::text::head(after, REACH);
    let clause = window
        .split(['.', ';', '\n', '?', '!', '(', ':'])
        .next()
        .unwrap_or_default();
    // (This item ends a few words after its noun, `một áo dài`, `một cà phê đen đá`: a longer
    // one is a clause of its own, `Một đoàn xe chở hàng gồm 5 xe`.)
    let (this, after_this) = next_item(clause);
    let short = this.split_whitespace().count() <= 3;
    let goes_on = short && after_this.is_some();
    // (The items after it, in order, while each is a count: a count other than one among them
    // sets this against it; `không` is the negation, `một buổi, không hài lòng`.)
    let a_count_later = || {
        let mut rest = after_this;
        for _ in 0..8 {
            let Some(after_link) = rest.filter(|_| short) else {
                return false;
            };
            let (item, next) = next_item(after_link);
            let item = item.trim_matches(crate::text::is_space);
            // (A count in digits has no word first: `một trạm y tế và 2 trường học`.)
            let digits = item.starts_with(|c: char| c.is_ascii_digit());
            let word = split_word(item).map(|(w, _)| w);
            if !digits && word.is_none() {
                return false;
            }
            let one = word.is_some_and(|w| same(w, "một"));
            let other =
                digits || word.is_some_and(|w| is_number_word(w) && !one && !same(w, "không"));
            // (Of things or people: a measure or a length after `một` and its noun is what the
            // one thing weighs or lasts, `Một tấm pin nặng khoảng 27,5kg`.)
            let of_things = |q: &Quantity| !crate::quantity::is_measure_or_duration(&q.unit);
            let counted = || {
                crate::quantity::quantity(p.units, item).is_ok_and(|(_, q)| of_things(&q))
                    || open_quantity(item, true).is_some_and(|(_, q)| of_things(&q))
            };
            if other && counted() {
                return true;
            }
            if !one {
                return false;
            }
            rest = next;
        }
        false
    };
    // (`40 nghìn một viên, 2 viên 70k`: `một` right after a price, or a bare amount, is the
    // unit it is for.)
    let after_a_price = p.last.is_some_and(|e| {
        matches!(e.value, Value::Money(_) | Value::Number { .. })
            && p.text
                .get(e.span.end..p.pos)
                .is_some_and(|b| b.trim().is_empty())
    });
    count_before() && (after_a_link || after_a_comma && goes_on || part_of_it)
        || !after_a_price && a_count_later()
}

/// The item of a list opening `text`, up to a comma or the word `và` or `hoặc`, and the text
/// after that link, if one follows.
fn next_item(text: &str) -> (&str, Option<&str>) {
    let mut at = text;
    loop {
        let (spaced, _) = space0_str(at);
        let item = || {
            text.get(..text.len().saturating_sub(spaced.len()))
                .unwrap_or_default()
        };
        if let Some(after) = spaced.strip_prefix(',') {
            return (item(), Some(after));
        }
        match split_word(spaced) {
            Some((w, after)) if word_in(w, &["và", "hoặc"]) => return (item(), Some(after)),
            Some((_, after)) => at = after,
            None => {
                let mut chars = spaced.chars();
                if chars.next().is_none() {
                    return (text, None);
                }
                at = chars.as_str();
            }
        }
    }
}

/// Whether `unit` is counted again later in the clause, after `after`, by a number other than
/// one (`một người chết, hai người bị thương`, `một tàu bị chìm và 2 tàu mắc cạn`): a count so
/// set against another of the same noun is the numeral, as against one before it (`một con
/// chó cắn một con mèo` sets no count against another: both are articles).
fn counted_again_after(p: &Place, after: &str, unit: &str) -> bool {
    // (Right after an amount, `một` is "per": `3-4 người một nhóm`, `25k một ly`.)
    let per = p.last.is_some_and(|e| {
        p.text
            .get(e.span.end..p.pos)
            .is_some_and(|between| between.chars().all(crate::text::is_space))
    });
    if per {
        return false;
    }
    // (A clause of a few words: the text past it is never read.)
    let window = crate::text::head(after, 80);
    let clause = window
        .split(['.', ';', '\n', '?', '!', '('])
        .next()
        .unwrap_or_default();
    let starts = clause
        .char_indices()
        .filter(|&(_, c)| crate::text::is_space(c))
        .filter_map(|(at, c)| clause.get(at.saturating_add(c.len_utf8())..));
    starts
        .filter(|rest| {
            rest.starts_with(|c: char| c.is_ascii_digit())
                || split_word(rest).is_some_and(|(w, _)| is_number_word(w) && !same(w, "một"))
        })
        .any(|rest| {
            let known = crate::quantity::quantity(p.units, rest)
                .ok()
                .map(|(_, q)| q);
            known
                .or_else(|| open_quantity(rest, true).map(|(_, q)| q))
                .is_some_and(|q| q.unit == unit)
        })
}

/// Whether the number here, of three digits or more, stands before `ông` or `bà` and a name
/// (`Căn 302 bà Lan thuê`, `Ki-ốt 112 ông Tư`): the number of a place, whose tenant the title
/// names; a count of people so titled is small (`6 ông Hiệu`).
fn a_number_before_a_titled_name(p: &Place) -> bool {
    let digits = p.rest.bytes().take_while(u8::is_ascii_digit).count();
    digits >= 3
        && next_word(p.rest.get(digits..).unwrap_or_default()).is_some_and(|(w, after)| {
            word_in(w, &["ông", "bà"]) && next_word(after).is_some_and(|(n, _)| is_capitalized(n))
        })
}

/// Whether a `d.m` that can be a day stands here after a word that opens a day (`vào 15.8 nộp
/// hồ sơ`, `hạn chót 15.8 nộp`), or as the last of a list whose bare days borrowed its month
/// (see [`a_day_ending_a_list`]): the day, no decimal count of the verb after it, which a
/// noun the lexicon lacks would take it for.
fn a_dotted_day_after_its_cue(p: &Place) -> bool {
    previous_word(p.before).is_some_and(|w| word_in(w, DAY_CUES)) && a_dotted_day(p)
        || a_day_ending_a_list(p)
}

/// Whether a `d.m` or `d-m` that can be a day stands here as the last of a list whose bare
/// days borrowed its month (`Ngày 3, 4.9 học sinh nghỉ`, `Các ngày 3, 4-9 trường khai giảng`):
/// the day, no decimal count nor range of any noun after it.
fn a_day_ending_a_list(p: &Place) -> bool {
    lent_its_month_back(p) && a_day_written_with(p, &['.', '-']) || continues_the_date_before(p)
}

/// Whether a `d.m` with no year that can be a day opens the text here.
fn a_dotted_day(p: &Place) -> bool {
    a_day_written_with(p, &['.'])
}

/// Whether a day and month with no year, parted by one of `separators`, that can be a day
/// opens the text here.
fn a_day_written_with(p: &Place, separators: &[char]) -> bool {
    kept_raw_date(p.rest).is_some_and(|(_, raw)| a_day_with_no_year(&raw, separators))
}

/// Whether `raw` is a day and month with no year, parted by one of `separators`, that can be a
/// day.
fn a_day_with_no_year(raw: &RawDate, separators: &[char]) -> bool {
    raw.separator.is_some_and(|s| separators.contains(&s))
        && raw.date.year.is_none()
        && raw.is_valid()
}

/// Whether two units count the same things: one noun, or one classifier with its noun or
/// without it (`2 căn nhà sập hoàn toàn, một căn tốc mái`).
fn same_things(a: &str, b: &str) -> bool {
    a == b || a.split(' ').next() == b.split(' ').next()
}

/// Verbs of getting, giving, spending and exchanging: what the number after them counts is a
/// thing handed over, whatever its case (`nhận 300 Kim Cương`, `đổi 100 Kẹo Bí Ngô`).
const VERBS_OF_HANDING_OVER: &[&str] = &[
    "nhận",
    "tặng",
    "đổi",
    "lấy",
    "tốn",
    "mua",
    "bán",
    "trao",
    "thưởng",
    "thường",
    "kèm",
];

/// Whether the number here is what is handed over: after a verb of getting, giving, spending
/// or exchanging, or `=` (a price in kind: `1 lượt quay = 20 Kim Cương`), or listed after a
/// thing so counted (`200 Kim Cương và 5 Rương Bạc`).
fn handed_over(p: &Place) -> bool {
    let head = p.before.trim_end_matches(crate::text::is_space);
    let listed_after_a_titled_count = || {
        p.last.is_some_and(|e| {
            let link = p.text.get(e.span.end..p.pos).unwrap_or_default().trim();
            let titled = p
                .text
                .get(e.span.clone())
                .and_then(|t| t.rsplit(' ').next());
            matches!(&e.value, Value::Quantity(_))
                && (matches!(link, "," | "+") || same(link, "và"))
                && titled.is_some_and(is_title_case)
        })
    };
    head.ends_with('=')
        || previous_word(head).is_some_and(|w| word_in(w, VERBS_OF_HANDING_OVER))
        || listed_after_a_titled_count()
}

/// A count in digits of a thing named in title case, one to three words (`300 Kim Cương`, `1
/// Mảnh Áo Choàng`), where it is handed over (see [`handed_over`]): more words are a title,
/// whose end is not known.
fn titled_count(input: &str) -> Option<(&str, Quantity)> {
    let (rest, m) = marked(input, titled_item, &[]).ok()?;
    // (In digits and unscaled: `50k Vàng` is a number, as `k` before any noun not a measure.)
    if m.first.digits.is_none() || m.first.scaled {
        return None;
    }
    let quantity = Quantity {
        amount: m.amount,
        unit: m.marker,
        approx: m.approx,
    };
    Some((rest, quantity))
}

/// One to three syllables in title case after spaces, then no fourth (see [`titled_count`]),
/// as the unit (lower case) and the rest; not a verb of handing over (`mua 1 Tặng 1`).
fn titled_item(input: &str) -> Option<(String, &str)> {
    let (mut rest, _) = crate::text::space1(input).ok()?;
    let mut words: Vec<&str> = Vec::new();
    let mut after_last = None;
    while let Some((word, after)) = split_word(rest) {
        if !is_title_case(word) || !crate::text::is_syllable(word) {
            break;
        }
        if words.is_empty() && word_in(word, VERBS_OF_HANDING_OVER) {
            return None;
        }
        if words.len() == 3 {
            return None;
        }
        words.push(word);
        after_last = Some(after);
        match crate::text::space1(after) {
            Ok((r, _)) if r.starts_with(char::is_uppercase) => rest = r,
            _ => break,
        }
    }
    let unit = crate::text::compose(&words.join(" ")).to_lowercase();
    Some((unit, after_last?))
}

/// `13 đời vua`, `209 ổ dịch`: digits counting a noun the lexicon lacks (where it knows one,
/// `5 người chết` counts `người`, and that reading stands); not after `-` or `+` joining it to
/// a number (`3-0 nghiêng về`, `3 - 0 nghiêng về`, `km 15+200 quốc lộ` are scores and marks),
/// nor after a name they number (`Giải Mekong 12 khai mạc`). A dash set off by spaces after a
/// word is punctuation (`Amlodipin 5mg – 30 viên`).
fn count_of_any_noun(p: &Place) -> Option<(usize, Value)> {
    let trimmed = p.before.trim_end_matches(crate::text::is_space);
    let glued = trimmed.len() == p.before.len();
    let after_sign = trimmed.strip_suffix(['-', '+', '–']).is_some_and(|head| {
        glued
            || head
                .trim_end_matches(crate::text::is_space)
                .ends_with(|c: char| c.is_ascii_digit())
    });
    if p.labelled()
        || after_sign
        || after_a_day(p.before)
        || a_number_before_a_titled_name(p)
        || year_of_study(p.before, p.digits())
        || names_a_code(p.before)
        || numbers_a_name(p.before) && !opens_a_tally(p.units, p.rest)
        || numbers_a_line(p.before)
        || p.lexical().is_some()
        || p.opens_a_fraction()
        || listed_month(p).is_some()
        || after_a_sale(p.before)
            && kept_raw_date(p.rest).is_some_and(|(_, raw)| double_day_of_a_sale(p.before, &raw))
        || a_dotted_day_after_its_cue(p)
    {
        return None;
    }
    // (`12 bác sĩ và một dược sĩ`: a count right before, linked to this one, makes `một` the
    // numeral, as a count in words set side by side does.)
    // (Only `một`: `không` after a count is the negation, `không thiếu con nào`; and not
    // `một` of a quantifier, `một số`, `một vài`, `một cách`, some, a few, a way.)
    let set_against = || {
        const QUANTIFIERS: &[&str] = &[
            "số", "vài", "chút", "cách", "mình", "loạt", "phần", "nửa", "mặt", "hôm", "nọ", "thời",
        ];
        let one = split_word(p.rest).is_some_and(|(w, after)| {
            same(w, "một") && !next_word(after).is_some_and(|(n, _)| word_in(n, QUANTIFIERS))
        });
        // (A count of the same noun in the sentence sets it against `một` however far back:
        // `12 trụ sạc nhanh và một trụ sạc chậm`, as a noun of the lexicon is.)
        let same_noun = |other: &Quantity| {
            open_quantity(p.rest, true).is_some_and(|(_, q)| same_things(&other.unit, &q.unit))
        };
        let again_after = || {
            open_quantity(p.rest, true)
                .is_some_and(|(r, q)| counted_again_after(p, r, &q.unit) || one_among_counts(p, r))
        };
        one && (p
            .count_before()
            .is_some_and(|(other, linked)| linked || same_noun(other))
            || again_after())
            || set_against_a_count_in_words(p.units, p.before, p.rest)
    };
    // (Read again as set against another only where the first reading refused it.)
    let (r, q) = open_quantity(p.rest, false)
        .or_else(|| set_against().then(|| open_quantity(p.rest, true)).flatten())
        .or_else(|| handed_over(p).then(|| titled_count(p.rest)).flatten())?;
    // (`tỷ số 0-2 nghiêng về đội khách`: a score is two numbers, and counts no word after it.)
    if matches!(q.amount, Amount::Range(..)) && score_after_a_result(p.before) || an_end(p, &q) {
        return None;
    }
    if a_street_named_for_a_person(p.before, &q.unit) {
        return None;
    }
    let stands = p.count_stands(&q, r);
    let (q, r) = with_hundredths(q, r);
    let end = p.at(r)?;
    stands.then_some((end, Value::Quantity(q)))
}

/// Whether the noun after a number that an address places (after `ở`, `tại`, `số`, `địa
/// chỉ`) is one the lexicon lacks that opens with a family name: a street named for a person,
/// in any case (`ship về số 12 nguyễn trãi`, `ở 56 phan đăng lưu`, `GIAO TẠI 56 LÊ DUẨN`), the
/// number its house's. (Not elsewhere: `64 võ sinh` counts students of martial arts.)
fn a_street_named_for_a_person(before: &str, unit: &str) -> bool {
    const PLACED: &[&str] = &["ở", "tại", "số", "chỉ"];
    let head = before.trim_end_matches(|c: char| crate::text::is_space(c) || c == ':');
    unit.contains(' ')
        && previous_word(head).is_some_and(|w| word_in(w, PLACED))
        && unit
            .split(' ')
            .next()
            .is_some_and(|first| word_in(first, crate::admin::FAMILY_NAMES))
}

/// Whether `before` ends with `ngày` (a day) and a space: the number after it names a day, of
/// a month or of a programme (`ngày 1 thăm Đền Hùng, ngày 2 tắm suối`), and counts no noun
/// the lexicon lacks, the word after it being what is done that day; but a day of a rate
/// (`mỗi ngày 2 cữ`, `cứ ngày 3 cữ`) is each day, and the number after it counts.
fn after_a_day(before: &str) -> bool {
    let trimmed = before.trim_end_matches(crate::text::is_space);
    let Some(day) = previous_word(trimmed).filter(|w| same(w, "ngày")) else {
        return false;
    };
    let rate = without_last(trimmed, day.len())
        .and_then(previous_word)
        .is_some_and(|w| word_in(w, &["mỗi", "cứ", "hằng", "hàng", "một"]));
    trimmed.len() < before.len() && !rate
}

/// Seconds followed by two digits are read with them as their hundredths, as a race's time is
/// written (`4 phút 21 giây 05`, `thành tích 22 giây 31`): 21.05 and 22.31 seconds, where the
/// two digits alone would be a number of nothing. Two digits that count a noun after them are
/// their own (`30 giây 10 lần`).
fn with_hundredths(q: Quantity, r: &str) -> (Quantity, &str) {
    let whole = matches!(q.amount, Amount::Exact(v) if v.fract().is_zero() && v >= Decimal::ZERO);
    if q.unit != "giây" || !whole {
        return (q, r);
    }
    let Ok((digits_at, _)) = space1(r) else {
        return (q, r);
    };
    let digits = digits_at.bytes().take_while(u8::is_ascii_digit).count();
    let Some((two, after)) = digits_at.split_at_checked(digits).filter(|_| digits == 2) else {
        return (q, r);
    };
    // (Nothing glued after them, no number going on, no noun they count.)
    let glued = after.starts_with(|c: char| c.is_alphanumeric() || is_word_char(c));
    let goes_on = after
        .strip_prefix(['.', ',', ':', '/', '-'])
        .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
    let counts = crate::quantity::unit_after(crate::quantity::Units::shared(), after).is_some();
    let (Amount::Exact(seconds), Ok(hundredths)) = (&q.amount, two.parse::<i64>()) else {
        return (q, r);
    };
    if glued || goes_on || counts {
        return (q, r);
    }
    let amount = Amount::Exact(seconds.saturating_add(Decimal::new(hundredths, 2)));
    (Quantity { amount, ..q }, after)
}

/// Whether `bao` after a price written as a tag (`6tr5 bao xăng`, `500k bao ship`) is the verb
/// "including", no sack counted: a price tag's `k` or `tr` glued to its digits counts no
/// sacks of what the lexicon does not name (`50 bao xi măng`, `20k bao xi măng` count).
fn includes_after_a_price(p: &Place, q: &Quantity) -> bool {
    // (A sack of what the lexicon knows is counted, whatever the amount: `20k bao xi măng`.)
    let sacks = q.unit == "bao" || q.unit.starts_with("bao ") && !p.units.knows(&q.unit);
    sacks && in_slang_of_money(p.digits())
}

/// Whether the count here is the gift an offer gives for the count bought before it in the
/// sentence (`mua 2 hộp tặng một hũ`, `mua 3 chai được tặng một ly`): set against that count,
/// `một` after `tặng` is the numeral, where `tặng một món quà` with no count before is the
/// article, and so is `một` before the one it is given to (`mua 2 vé tặng một người bạn`):
/// a gift is a thing of a classifier or a container, or of the noun bought.
fn a_gift_for_a_count(p: &Place, gift: &Quantity) -> bool {
    if !previous_word(p.before).is_some_and(|w| same(w, "tặng")) {
        return false;
    }
    let Some((bought, _)) = p.count_before() else {
        return false;
    };
    if !crate::quantity::classified_or_held(&gift.unit) && !same_things(&bought.unit, &gift.unit) {
        return false;
    }
    // (The count bought: `mua` a word or two before it, `mua 2 hộp`, `mua combo 3 hộp`; `3
    // người tặng một bó hoa` gives no gift for a purchase.)
    p.last.is_some_and(|e| {
        let before_count = p.text.get(..e.span.start).unwrap_or_default();
        words_back(before_count)
            .take(2)
            .any(|(w, _)| same(w, "mua"))
    })
}

/// Whether the count at `rest` opens a tally, a number and a word and then, after a comma, a
/// dash or `và`, another number in digits and a word, both words of their own that the
/// lexicon does not count (`Hà Nội 45 vàng, 40 bạc`, `Đội A 3 thắng - 2 hòa`): digits after a
/// name that such a list goes on from count, and do not number the name (`Giải Mekong 12 khai
/// mạc` does, and so does `Mầm non Hoa Sen 2 nghỉ, 3 trường khác`, where a count of another
/// kind follows).
fn opens_a_tally(units: &Units, rest: &str) -> bool {
    let Ok((after_amount, _)) = crate::number::amount(rest) else {
        return false;
    };
    let Some((_, after_word)) = next_word(after_amount) else {
        return false;
    };
    let (link, _) = space0_str(after_word);
    let next = match link.strip_prefix([',', '-', '–']) {
        Some(r) => r,
        None => match split_word(link) {
            Some((w, r)) if word_in(w, LIST_LINKS) => r,
            _ => return false,
        },
    };
    let (next, _) = space0_str(next);
    let digits = next.bytes().take_while(u8::is_ascii_digit).count();
    let after_digits = next.get(digits..).unwrap_or_default();
    digits > 0
        && next_word(after_digits).is_some()
        && crate::quantity::unit_after(units, after_digits).is_none()
}

/// A number after a qualifier that borrows its noun as a number without one does: the first
/// side of a size bounded as a whole (`không quá 56 x 36 x 23 cm`, `tối đa 40 x 30 cm`), the
/// qualifier kept as its `approx`.
fn qualified_borrowing<'t>(p: &Place<'t, '_>) -> Option<(&'t str, Quantity)> {
    let (_, (approx, _)) = approx_phrase(p.rest).ok()?;
    let (r, mut q) = borrowed_unit(p.units, p.digits())?;
    q.approx = Some(approx);
    Some((r, q))
}

/// `kết thúc` after the number of a round or a part of a contest or a series is the verb, that
/// part ending (`Ván 2 kết thúc`, `Set 1 kết thúc với tỷ số 25-21`, `Hiệp 1 kết thúc`, `bàn 3
/// kết thúc`);
/// elsewhere the number counts endings (`Bộ phim có 2 kết thúc`, `Cả 2 kết thúc của phim`).
fn an_end(p: &Place, q: &Quantity) -> bool {
    const ROUNDS: &[&str] = &[
        "ván", "set", "hiệp", "tập", "mùa", "trận", "game", "vòng", "lượt", "phần", "chặng",
        // (A board of a round of chess: `bàn 3 kết thúc`.)
        "bàn",
    ];
    let after_a_round = previous_word(p.before).is_some_and(|w| word_in(w, ROUNDS));
    (q.unit == "kết thúc" || q.unit.starts_with("kết thúc ")) && after_a_round
}

/// Whether the noun of a building or a block is named by a capital letter after it, maybe
/// with digits (`Phòng học 204 nhà B`, `căn 12 tòa A3`, `lớp 5 dãy C`): the number before is
/// a room's or a flat's, and counts no buildings; a list of such names is counted (`3 nhà A,
/// B, C`).
pub(super) fn names_a_building(q: &Quantity, after: &str) -> bool {
    const BUILDINGS: &[&str] = &["nhà", "tòa", "toà", "dãy", "khu", "block", "lầu"];
    // (Not a list of names, which the number counts: `Xây 3 nhà A, B, C`, `2 dãy A và B`.)
    let letter = || {
        space1(after).is_ok_and(|(name, _)| {
            let capital = crate::text::starts_with_a_plain_capital(name);
            let mut chars = name.chars();
            chars.next();
            let rest = chars
                .as_str()
                .trim_start_matches(|c: char| c.is_ascii_digit());
            let listed = rest.starts_with(',')
                || next_word(rest).is_some_and(|(w, _)| word_in(w, LIST_LINKS));
            capital && !rest.starts_with(char::is_alphabetic) && !listed
        })
    };
    letter() && BUILDINGS.contains(&q.unit.as_str())
}

/// Whether `amount` is a span of years (`khóa 1990-1993 tổ chức họp lớp`): two years of the
/// record, whole, fewer than ten apart, the later last; it counts no noun after it, where a
/// count's range is wider or round (`1200-1500 người`).
fn span_of_years(amount: &Amount) -> bool {
    let year = crate::period::is_year_of_the_record;
    matches!(*amount, Amount::Range(low, high)
        if year(low) && year(high) && low < high && high.checked_sub(low).is_some_and(|d| d < Decimal::from(10)))
}

/// In a tally of medals, `đồng` after the count of silver medals is the bronze medal, not the
/// currency: `29 vàng - 31 bạc - 27 đồng`, `1 vàng, 2 bạc và một đồng`, `3 HCV, 2 HCB, 6
/// đồng`. The count of silver is the entity right before, linked to this one as an item of a
/// list is (a comma, a dash, `và`); a sum after silver in a sentence of its own stays money
/// (`3 lượng bạc giá 27 triệu đồng`).
fn bronze_medals(p: &Place) -> Option<(usize, Value)> {
    let silver = p.last.is_some_and(|e| {
        let Value::Quantity(q) = &e.value else {
            return false;
        };
        let between = p.text.get(e.span.end..p.pos).unwrap_or_default();
        let link = between.trim_matches(crate::text::is_space);
        let linked = matches!(link, "," | "-" | "–" | ";") || word_in(link, LIST_LINKS);
        linked && matches!(q.unit.as_str(), "bạc" | "huy chương bạc" | "hcb")
    });
    if !silver {
        return None;
    }
    let (after, amount) = crate::number::amount(p.rest).ok()?;
    // (A count of medals is a small whole number, with no scale: `27 triệu đồng` is a sum.)
    if amount.scaled || amount.value.fract() != Decimal::ZERO || amount.value > Decimal::from(999) {
        return None;
    }
    let (spaced, _) = crate::text::space1(after).ok()?;
    let after_dong = crate::text::keyword_rest(spaced, "đồng")?;
    let q = Quantity {
        amount: Amount::Exact(amount.value),
        unit: "đồng".to_string(),
        approx: None,
    };
    Some((p.at(after_dong)?, Value::Quantity(q)))
}

/// A weight of gold or silver in taels (`chỉ`, 3,75 g) where the metal or the larger tael
/// (`lượng`) is named in the sentence before (`mua vàng Phú Quý 2 chỉ`, `nhẫn vàng 1 chỉ`, `1
/// lượng = 10 chỉ`, `Vàng SJC khan hàng, cửa hàng bán tối đa 2 chỉ/khách`) or right after it
/// (`tặng 1 chỉ bạc`): elsewhere `chỉ` after a number is `only` (`3 người chỉ xem`), and `chỉ
/// vàng` is a noun of the lexicon.
fn taels_of_gold(p: &Place) -> Option<(usize, Value)> {
    // (The amount read once for every reader here, and `chỉ` after it, first: most amounts
    // have none, and the clause before is not read.)
    let (after, amount) = crate::number::amount(p.digits()).ok()?;
    // (Taels are counted by units, never by millions: `bán vàng được 5 triệu chỉ đủ trả nợ`
    // is `only`.)
    if amount.scaled {
        return None;
    }
    // (Or a weight asked for right before: `mỗi chiếc nặng 1,5 chỉ`, `trọng lượng 2 chỉ`.)
    let weighed = || {
        let head = p
            .before
            .trim_end_matches(|c: char| crate::text::is_space(c) || c == ':');
        previous_word(head).is_some_and(|w| same(w, "nặng"))
            || ["trọng lượng", "khối lượng"]
                .iter()
                .any(|w| ends_with_phrase(head, w))
    };
    let (_, after_tael) = crate::quantity::tael(after)?;
    // (Or the jewellery right after it: `cầm 1 chỉ nhẫn tròn`.)
    let metal_after = || {
        next_word(after_tael)
            .is_some_and(|(w, _)| word_in(w, &["vàng", "bạc", "nhẫn", "kiềng", "lắc", "dây"]))
    };
    if p.labelled() || !(gold_named_before(p.before) || weighed() || metal_after()) {
        return None;
    }
    // (`8tr4 một chỉ`: `một` right after a sum gives what it is a price of, per tael.)
    let per = split_word(p.rest).is_some_and(|(w, _)| same(w, "một"))
        && last_just_before(p.text, p.last, p.pos, |_| false).is_some();
    if per {
        return None;
    }
    let (r, m) = crate::number::marked(p.rest, crate::quantity::tael, &[]).ok()?;
    let q = Quantity {
        amount: m.amount,
        unit: m.marker,
        approx: m.approx,
    };
    let end = p.at(r)?;
    p.count_stands(&q, r).then_some((end, Value::Quantity(q)))
}

/// Whether `vàng` (gold) is named in the clause that ends `before`, a few words back, or the
/// jewellery made of it, weighed in taels (`nhẫn`, `kiềng`, `lắc`, `bông tai`: `đôi bông tai
/// 2 chỉ`).
fn gold_named_before(before: &str) -> bool {
    // (A few words of the sentence: its bytes are looked at, and only a word opening with `v`,
    // `b`, `l`, `n`, `k` or `t` is folded.)
    const REACH: usize = 120;
    const GOLD: &[&str] = &["vàng", "bạc", "lượng", "nhẫn", "kiềng", "lắc"];
    let (sentence, _) = clause_ending(before, REACH, |c| matches!(c, '.' | ';' | '!' | '?' | '\n'));
    let first = ['v', 'V', 'b', 'B', 'l', 'L', 'n', 'N', 'k', 'K', 't', 'T'];
    let mut before_word = "";
    sentence.split_whitespace().any(|w| {
        let earrings = || same(w, "tai") && same(before_word, "bông");
        let named = w.starts_with(first) && (word_in(w, GOLD) || earrings());
        before_word = w;
        named
    })
}

/// A number coordinated with a count, borrowing its noun (`26 và 25 điểm`); after a label,
/// only a measure's number, for a label numbers no length or weight (`các chặng 20-40-60 km`,
/// `chặng 20, 40 và 60 km`, as `chặng 40 km` is measured); a score or a length of time may
/// follow a label's own number (`Câu 1, 2 điểm`, `lớp 10, 12 tháng`).
fn count_borrowing_its_noun(p: &Place) -> Option<(usize, Value)> {
    let chain = unit_of_the_chain(p.units, p.before, p.rest);
    let chained = chain.is_some();
    // (A number in words after a cue of a day or an hour is that day or hour, no count: `ngày
    // hai mươi và hai mươi mốt tháng Ba`, `lúc mười một hoặc mười hai giờ`.)
    const DAY_OR_HOUR_CUES: &[&str] = &[
        "ngày", "mùng", "mồng", "lúc", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "khuya",
    ];
    let (r, q) = chain
        .or_else(|| borrowed_unit(p.units, p.rest))
        .or_else(|| qualified_borrowing(p))?;
    // (`các phường 11, 12, 13 quận Gò Vấp`: a number of a list of units borrows no count of
    // the unit above them.)
    // (A measure or an age is borrowed still: `2 con 3 và 4 tuổi` are the ages of two.)
    let a_name_of_the_noun = || {
        !chained
            && !crate::quantity::is_measure_or_duration(&q.unit)
            && names_the_noun_counted_before(p, &q.unit)
    };
    // (A number after a name is the name's, a grade or a model, no item of a list of counts
    // of time or things: `IELTS 8.5, 7 năm kinh nghiệm`, `iPhone 13, 2 năm sử dụng`; a
    // measure still is, `Hino 3, 5 tấn`. An acronym is a name at the head of a sentence too.
    // Two numbers one or the other are of one kind: `đi Đà Lạt 4 hay 5 ngày`.)
    // (Not an abbreviation the lexicon counts: `mỗi HS 2, 3 quyển vở`.)
    let word_before = previous_word(p.before);
    let acronym = || {
        word_before.is_some_and(|w| {
            w.is_ascii() && crate::text::in_capitals(w) && !p.units.knows(&w.to_ascii_lowercase())
        })
    };
    let alternatives = || {
        crate::number::amount(p.rest)
            .ok()
            .and_then(|(after, _)| next_word(after))
            .is_some_and(|(w, _)| word_in(w, &["hay", "hoặc"]))
    };
    // (Not a noun the lexicon counts, a capital or not: `mỗi HS 2, 3 quyển vở`.)
    let counted_noun =
        || word_before.is_some_and(|w| p.units.knows(&crate::text::compose(w).to_lowercase()));
    let a_names_number = || {
        !chained
            && (numbers_a_name(p.before) || acronym())
            && !counted_noun()
            && !alternatives()
            && !measures_size(&q.unit)
    };
    if listed_below(p.before, &q.unit) || a_name_of_the_noun() || a_names_number() {
        return None;
    }
    // (Asked of a reading only: most places read none.)
    let in_words = !p.digits().starts_with(|c: char| c.is_ascii_digit());
    if in_words && word_before.is_some_and(|w| word_in(w, DAY_OR_HOUR_CUES)) {
        return None;
    }
    // (A list, not a label's number and a measure set off by a comma: `tầng 12, 68 m2` is the
    // floor and the area. A list is chained by dashes, linked by a word, or of three items.)
    let a_list = || {
        // (The items before this one, back to the label, and after it, up to the measure.)
        let numeral = |w: &str| {
            w.bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        };
        let before = p
            .before
            .split_whitespace()
            .rev()
            .take(12)
            .take_while(|w| numeral(w));
        let after = r
            .split_whitespace()
            .take(12)
            .take_while(|w| numeral(w) || word_in(w, LIST_LINKS));
        // (Commas that part items, not the decimal comma of `132,5 m2`.)
        let mut commas = 0_usize;
        for token in before.chain(after) {
            if word_in(token, LIST_LINKS) {
                return true;
            }
            if token.ends_with(',') {
                commas = commas.saturating_add(1);
            }
        }
        commas >= 2
    };
    let measured = || {
        crate::quantity::is_measure_or_duration(&q.unit)
            && !crate::quantity::DURATIONS.contains(&q.unit.as_str())
            && !q.unit.starts_with("điểm")
            && (chained || a_list())
    };
    // (A year of the record right after a name, of one or two words, is the name's, no item
    // of a list of counts: `NXB Văn học 2017, 268 trang`.)
    let a_year_after_a_name = || {
        let digits = p.rest.bytes().take_while(u8::is_ascii_digit).count();
        let of_the_record = p
            .rest
            .get(..digits)
            .and_then(|d| d.parse::<Decimal>().ok())
            .is_some_and(crate::period::among_years_of_the_record);
        let named = words_back(p.before).take(2).any(|(w, _)| is_capitalized(w));
        digits == 4 && of_the_record && named
    };
    if p.labelled() && !measured() || a_year_after_a_name() {
        return None;
    }
    let stands = p.count_stands(&q, r);
    let (q, r) = with_hundredths(q, r);
    let end = p.at(r)?;
    stands.then_some((end, Value::Quantity(q)))
}

/// A number right after the noun a count before it counts, with only spaces or one word of
/// what it names between, grades or names that noun where the list after it counts that kind
/// again (`2 chỉ vàng 9999 và 1 cây vàng`, `5 máy 2000 và 3 máy 3000`, `1 đôi size 40 và 1 đôi
/// size 41`, `2 thùng loại 500 và 1 thùng loại 1000`): it belongs to the count before it, so it
/// is no item of that list (`borrowed` is the noun the list counts).
fn names_the_noun_counted_before(p: &Place, borrowed: &str) -> bool {
    // (A thing counted, which has names and grades; a length of time or a measure has none,
    // `sau 3 ngày 5 và 6 đội`. And the list after counts the same kind again, a word of its
    // noun shared, `chỉ vàng` and `cây vàng`, where a noun of a part or a feature after it
    // is what the items before count, `5.000 xe 2 và 3 bánh`, `12 căn hộ 2 và 3 phòng ngủ`.)
    let same_kind = |unit: &str| unit.split(' ').any(|w| borrowed.split(' ').any(|b| b == w));
    p.last.is_some_and(|e| {
        matches!(&e.value, Value::Quantity(q)
            if !crate::quantity::is_measure_or_duration(&q.unit) && same_kind(&q.unit))
            && p.text
                .get(e.span.end..p.pos)
                .is_some_and(|between| !between.is_empty() && one_word_at_most(between))
    })
}

/// Whether `between` is spaces, or one word that links nothing between spaces (`size`, `loại`;
/// not `và`, `hoặc`).
fn one_word_at_most(between: &str) -> bool {
    let word = between.trim();
    let spaces = between.len().saturating_sub(word.len());
    word.is_empty()
        || spaces >= 2 && word.chars().all(crate::text::is_word_char) && !word_in(word, LIST_LINKS)
}

/// The length of the terms of a round of a cup named here by the share of the field left in
/// it, one over a power of two after `vòng` (`vòng 1/8`, the last sixteen; `vòng 1/16 Cúp
/// Quốc gia`): a ratio of no unit, where `vòng 2` is the second round's label.
fn round_of_a_cup(p: &Place) -> Option<usize> {
    let share = p.rest.strip_prefix("1/")?;
    let digits = share.bytes().take_while(u8::is_ascii_digit).count();
    let power_of_two = matches!(share.get(..digits)?, "2" | "4" | "8" | "16" | "32" | "64");
    (power_of_two && previous_word(p.before).is_some_and(|w| same(w, "vòng")))
        .then(|| digits.saturating_add(2))
}

/// A fraction said in words (`hai phần ba số vốn`, `một phần tư diện tích`), read from its
/// first number: a qualifier before it is left unread, as no ratio carries one.
fn fraction_said_in_words(p: &Place) -> Option<(usize, Value)> {
    let (r, ratio) = crate::quantity::fraction_in_words(p.rest)?;
    Some((p.at(r)?, Value::Ratio(ratio)))
}

/// A ratio with a unit, or a fraction (`1/4`): `32/1` is a date that cannot exist, not a
/// ratio, and `2/9 năm nay` a date before `năm`, not a ratio of years.
fn ratio_of_counts(p: &Place) -> Option<(usize, Value)> {
    if after_numeral_colon(p.rest) {
        return ratio_with_a_colon(p);
    }
    // A ratio is a numeral, then `/` (after spaces, or after the unit of a ratio of one unit
    // written twice: `3.200 ha/4.000 ha`): where no `/` follows the numeral's extent (what the
    // numeral reads when it reads) within a few words, none is read, and nothing is folded.
    let after_numeral = space0_str(p.rest.get(crate::number::numeral_extent(p.rest)..)?).0;
    // (A unit is a word or three: `ha`, `dự án`, `lượt hành khách`; a power glued to its last,
    // `m2`, `m²`.)
    let slash_near = || {
        let mut rest = after_numeral;
        for _ in 0..3 {
            let Some((_, after_word)) = split_word(rest) else {
                return false;
            };
            let power = |c: char| c.is_ascii_digit() || matches!(c, '²' | '³');
            let (next, _) = space0_str(after_word.trim_start_matches(power));
            if next.starts_with('/') {
                return true;
            }
            rest = next;
        }
        false
    };
    if let Some(len) = round_of_a_cup(p) {
        let (_, ratio) = ratio(p.units, p.rest.get(..len)?).ok()?;
        return Some((p.pos.checked_add(len)?, Value::Ratio(ratio)));
    }
    // (A label in a sentence of fractions is a fraction's term: `Quy đồng mẫu số 1/2`; so is
    // one in a list of marks, `Đánh giá: Màn hình 8/10`.)
    let whole = || {
        let digits = after_numeral.strip_prefix('/')?;
        let len = digits.bytes().take_while(u8::is_ascii_digit).count();
        digits.get(..len)?.parse::<u32>().ok()
    };
    let a_mark = || whole().is_some_and(|w| in_a_sentence_of_marks(p.before, w));
    // (`Vòng 15/24`, `tập 5/20`: a label's number out of more than twelve is the place of an
    // item in its series, which no day can be; an address's, `số 15/24`, is its number, and a
    // year is no series, `tuần 43/2022`.)
    let of_a_series = || {
        let part = p.rest.bytes().take_while(u8::is_ascii_digit).count();
        let part = p.rest.get(..part).and_then(|d| d.parse::<u32>().ok());
        let address = previous_word(p.before).is_some_and(|w| word_in(w, LABEL_CUES));
        whole()
            .zip(part)
            .is_some_and(|(w, n)| (13..1000).contains(&w) && n >= 1 && n <= w)
            && !address
    };
    if !(after_numeral.starts_with('/') || slash_near())
        || p.labelled() && !in_a_sentence_of_fractions(p.before) && !a_mark() && !of_a_series()
        || day_not_fraction(p.before, p.rest, p.units)
        || day_listed_after_a_date(p)
        || day_of_the_time_before(p)
        || house_and_alley_numbers(p.before, p.rest)
        || listed_after(p, |v| matches!(v, Value::Month(_))) && month_of_a_year(p.rest)
        || two_phones_joined(p.rest)
        || a_month_placed_in_time(p)
        || a_size_by_the_count(p.before)
    {
        return None;
    }
    let (r, ratio) = ratio(p.units, p.rest).ok()?;
    // Before a noun of time a `d/m` is left to the readers of days (`2/9 năm nay`); where it
    // can be no day of a month, the unit of time measures the ratio (`24/24 giờ`, as `24/24h`
    // does; `22/26 ngày` of work). An age is no time of the calendar: `bằng 1/4 tuổi mẹ` is a
    // fraction of it.
    let no_day = ratio.denominator > Decimal::from(12) || ratio.numerator > Decimal::from(31);
    let of_time = ratio
        .unit
        .as_deref()
        .is_some_and(|u| crate::quantity::DURATIONS.contains(&u) && u != "tuổi" && !no_day);
    let rate = ratio.unit.is_none()
        && is_full_cycle_rate(
            ratio.numerator.try_into().unwrap_or(0),
            ratio.denominator.try_into().unwrap_or(0),
        );
    // (An equation holds improper fractions too: `2 × 3/4 = 6/4 = 3/2`, and so does a ratio
    // named, `tỷ số giới tính 111,4/100`. A whole cycle of time over the days of a week,
    // `24/7`, is how much of the time, as `24/24` is.)
    // (A share of a noun never passes its whole where both could be a day: `Valentine 14/2
    // cửa hàng hoa`, `Đêm Giao thừa 31/12 người dân` are days; `1.328 /900 hộ` passes a plan.)
    let a_day_over_a_noun = ratio.unit.is_some()
        && ratio.numerator > ratio.denominator
        && ratio.numerator <= Decimal::from(31)
        && ratio.denominator <= Decimal::from(12)
        && ratio.numerator.is_integer()
        && ratio.denominator.is_integer()
        && a_day_written_with(p, &['/']);
    let stands = !of_time
        && !a_day_over_a_noun
        && (rate
            || ratio.unit.is_some()
            || ratio.numerator <= ratio.denominator
            || in_an_equation(p.before, r)
            || named_a_ratio(p.before));
    let end = p.at(r)?;
    stands.then_some((end, Value::Ratio(ratio)))
}

/// Whether a month of a year in digits (`6/2024`: a month, a slash, a year of four digits)
/// stands here after a word that places a time in the year: the month, no ratio of the noun
/// after it (`Trong 6/2024 lượng khách tăng`, `Cuối 12/2024 công trình hoàn thành`, `từ 3/2025
/// người dân`); after a verb it may be one (`Đạt 6/2024 hộ`).
fn a_month_placed_in_time(p: &Place) -> bool {
    const PLACING: &[&str] = &[
        "trong", "cuối", "đầu", "giữa", "từ", "đến", "tới", "vào", "sau", "trước", "hết", "suốt",
        "hạn", "kỳ", "sang", "dịp",
    ];
    let month_of_a_year = || {
        let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
        let month_len = digits(p.rest);
        let Some(year) = p.rest.get(month_len..).and_then(|r| r.strip_prefix('/')) else {
            return false;
        };
        let year_len = digits(year);
        let month = p.rest.get(..month_len).and_then(|m| m.parse::<u32>().ok());
        let year_value = year.get(..year_len).and_then(|y| y.parse::<u32>().ok());
        let ends = !year
            .get(year_len..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric() || c == '/'));
        // (Not a round hundred, as many wholes of a fraction are: `trong 1/2000 trường hợp`.)
        (1..=2).contains(&month_len)
            && month.is_some_and(|m| (1..=12).contains(&m))
            && year_len == 4
            && year_value.is_some_and(|y| (1900..=2100).contains(&y) && y % 100 != 0)
            && ends
    };
    previous_word(p.before).is_some_and(|w| word_in(w, PLACING)) && month_of_a_year()
}

/// Whether `before` ends with `size`, or with `size` and a list of sizes (`size 31/40, `):
/// a size of shrimp or fish by the count to a pound or a kilogram (`tôm sú size 16/20`, `size
/// 31/40, 41/50`) is a grade's name, no share.
fn a_size_by_the_count(before: &str) -> bool {
    let mut head = before.trim_end_matches(crate::text::is_space);
    for _ in 0..4 {
        if previous_word(head).is_some_and(|w| same(w, "size")) {
            return true;
        }
        // (Listed with a comma, a semicolon, `và` or a spaced dash: `size 31/40 và 41/50`.)
        let linked = head.strip_suffix([',', ';']).or_else(|| {
            head.strip_suffix(" -")
                .or_else(|| head.strip_suffix(" –"))
                .or_else(|| {
                    previous_word(head)
                        .filter(|w| same(w, "và"))
                        .and_then(|w| without_last(head, w.len()))
                })
        });
        let Some(item) = linked.map(|h| h.trim_end_matches(crate::text::is_space)) else {
            return false;
        };
        let grade = item.trim_end_matches(|c: char| c.is_ascii_digit());
        let Some(grade) = grade.strip_suffix('/') else {
            return false;
        };
        let low = grade.trim_end_matches(|c: char| c.is_ascii_digit());
        if low.len() == grade.len() || grade.len() == item.len() {
            return false;
        }
        head = low.trim_end_matches(crate::text::is_space);
    }
    false
}

/// A `d/m` paired with the date before it (by `đến`, `và`, a dash) is a day too, though a noun
/// follows it (`từ 1/2 đến 15/2 học sinh nghỉ Tết`, `ngày 2/9 và 3/9 người dân được nghỉ`);
/// a fraction of a count stays one (`đến 2/3 số hộ`).
fn day_listed_after_a_date(p: &Place) -> bool {
    // (A bare day before lent its month to a day written with any separator: `Ngày 3, 4.9`.)
    pairs_days(p.text, p.last, p.pos) && a_bare_day_here(p, &['/'])
        || lent_its_month_back(p) && a_bare_day_here(p, &['/', '.', '-'])
        || continues_the_date_before(p)
}

/// A `d/m` (or `d.m`, `d-m`) set after a date by a comma, on a later day of that date's month
/// or in the first days of the next while the date before ends its month, is the next day of a
/// list of dates, whatever noun follows it (`Ngày 31/10, 1/11 công ty họp`, `Hôm 5/10, 6/10
/// trường cho nghỉ`): days are listed in their order, and a share after a date has no reason to
/// fall right after it (`Hôm 12/3, 2/5 học sinh vắng`, `Ngày 8/3, 1/4 học sinh` are shares).
fn continues_the_date_before(p: &Place) -> bool {
    let Some(Entity {
        span,
        value: Value::Date(before),
    }) = p.last
    else {
        return false;
    };
    let link = p.text.get(span.end..p.pos).unwrap_or_default();
    if link.trim_matches(crate::text::is_space) != "," || before.calendar != Calendar::Solar {
        return false;
    }
    let next_month = (before.month % 12).saturating_add(1);
    kept_raw_date(p.rest).is_some_and(|(after, raw)| {
        let (month, day) = (raw.date.month, raw.date.day);
        a_day_with_no_year(&raw, &['/', '.', '-'])
            && !fraction_of_a_count(p.before, after)
            && (month == before.month && day > before.day
                || month == next_month && across_the_months_end(before.day, day))
    })
}

/// Whether the date just before is a bare day set off by a comma (`Ngày 3` in `Ngày 3, 4/9 học
/// sinh được nghỉ`, `các ngày 14, 15/6 công nhân nghỉ`): it borrowed its month from the `d/m`
/// here, which is the list's last day, whatever noun follows it.
fn lent_its_month_back(p: &Place) -> bool {
    p.last.is_some_and(|e| {
        let written = p.text.get(e.span.clone()).unwrap_or_default();
        let link = p.text.get(e.span.end..p.pos).unwrap_or_default();
        let bare_day = written.ends_with(|c: char| c.is_ascii_digit())
            && !written.contains(['/', '.', '-'])
            && written.split_whitespace().count() <= 3;
        matches!(e.value, Value::Date(_))
            && link.trim_matches(crate::text::is_space) == ","
            && bare_day
    })
}

/// Whether the day `next` of a month comes within a week after the day `day` of the month
/// before (counting every month as 31 days long, as a list of days may skip the 31st).
fn across_the_months_end(day: u8, next: u8) -> bool {
    31u8.saturating_sub(day).saturating_add(next) <= 7
}

/// Whether a `d/m` (its separator one of `separators`) with no year that can be a day stands
/// here, and no fraction of a count (`2/3 số hộ`): what a date or a time before it makes a day.
fn a_bare_day_here(p: &Place, separators: &[char]) -> bool {
    kept_raw_date(p.rest).is_some_and(|(after, raw)| {
        a_day_with_no_year(&raw, separators) && !fraction_of_a_count(p.before, after)
    })
}

/// The labels of a grade, a kind, a group, a zone or an appendix that a Roman numeral numbers:
/// one table, whose first words are also where the extractor looks for it (see `triggers`).
/// (Not a chapter: `Chương III của Luật` is read as no entity, the way the genres set has it.)
pub(super) const GRADES: &[&str] = &[
    // An appendix of a document (`Mẫu số 02 tại Phụ lục II`), a label as `Điều 5` is.
    "phụ lục",
    "loại",
    "cấp độ",
    "cấp",
    "mức",
    "hạng",
    "bậc",
    "nhóm",
    "vùng",
    "khu vực",
];

/// A grade, a kind, a group or a zone numbered in Roman (`cảng cá loại II`, `cháy rừng cấp V`,
/// `ở mức IV`, `khách sạn hạng III`, `nợ nhóm II`, `lương tối thiểu vùng I`, `khu vực III`): a
/// label, its number a `number`, read with the label as written, as the same label numbered
/// in digits is. (A term, a round or a congress so numbered is an ordinal: `học kỳ II`, `đợt
/// I`, `khóa XV`.)
fn grade_in_roman(p: &Place) -> Option<(usize, Value)> {
    // (Looked up by the first word, folded once: `khu`, `nhóm`, `vùng` open many words.)
    static LABELS: std::sync::LazyLock<Vec<(&str, ())>> =
        std::sync::LazyLock::new(|| GRADES.iter().map(|&label| (label, ())).collect());
    static TABLE: std::sync::LazyLock<crate::text::PhraseTable<()>> =
        std::sync::LazyLock::new(|| crate::text::PhraseTable::new(&LABELS));
    let (_, label) = TABLE.lookup(p.rest)?;
    let (numeral_at, _) = space1(p.rest.get(label..)?).ok()?;
    // (Of I, V and X only: `hạng C`, `hạng D` are classes of a driving licence by letter; and
    // `X` alone is a letter as often, `khu vực X`, `nhóm X`.)
    let (word, _) = split_word(numeral_at)?;
    if !word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')) || word == "X" {
        return None;
    }
    let (r, value) = crate::number::roman(numeral_at).ok()?;
    // (Not a code's start, `cấp II/2024`, `mức IV.2`; nor the initial of a name after a dot,
    // `xếp hạng V.League`.)
    let goes_on = r.starts_with(['/', '-'])
        || r.strip_prefix('.')
            .is_some_and(|d| d.starts_with(|c: char| c.is_alphanumeric()));
    if goes_on {
        return None;
    }
    let value = Amount::Exact(Decimal::from(value));
    Some((
        p.at(r)?,
        Value::Number {
            value,
            approx: None,
        },
    ))
}

/// Whether a colon follows the numeral at `rest` right away (`3:1`, `17:30`).
fn after_numeral_colon(rest: &str) -> bool {
    rest.get(crate::number::numeral_extent(rest)..)
        .is_some_and(|after| after.starts_with(':'))
}

/// Two numerals joined by a colon right after the noun of a ratio (`theo tỷ lệ 3:1`, `tỉ lệ
/// 1:50.000`): the ratio, where a colon elsewhere joins a time's parts or a score's.
fn ratio_with_a_colon(p: &Place) -> Option<(usize, Value)> {
    let head = p.before.trim_end_matches(crate::text::is_space);
    if !["tỷ lệ", "tỉ lệ"]
        .iter()
        .any(|noun| ends_with_phrase(head, noun))
    {
        return None;
    }
    let (after_first, first) = crate::number::numeral(p.rest).ok()?;
    let (r, second) = crate::number::numeral(after_first.strip_prefix(':')?).ok()?;
    if r.starts_with(|c: char| c.is_alphanumeric() || c == ':') || second.value.is_zero() {
        return None;
    }
    let ratio = Ratio {
        numerator: first.value,
        denominator: second.value,
        unit: None,
    };
    Some((p.at(r)?, Value::Ratio(ratio)))
}

/// Whether the `d/m` here, a day that may be, stands right after a time (see
/// [`right_after_a_time`]): the day of that time, no ratio.
fn day_of_the_time_before(p: &Place) -> bool {
    // (A fraction of a count stays one: `Đến 17h 2/3 số phiếu đã được kiểm`.)
    right_after_a_time(p.text, p.last, p.pos) && a_bare_day_here(p, &['/'])
}

/// An ordinal after a noun, adjective or verb; not a weekday (`thứ Hai tuần này`).
fn rank(p: &Place) -> Option<(usize, Value)> {
    let (r, o) = ordinal(p.rest).ok()?;
    // (`Lớp học thứ 3-5-7 hàng tuần`: three weekdays chained, no rank; two may be ranks
    // shared, `đứng thứ 2-3`.)
    let chained = crate::date::weekdays_chained;
    if chained(r) && r.get(2..).is_some_and(chained) {
        return None;
    }
    // (`năm lần bảy lượt`: the number after `lần` is half of an idiom, no rank.)
    let in_an_idiom = split_word(p.rest)
        .and_then(|(_, after)| after.strip_prefix(' '))
        .and_then(|number| {
            let before = p.text.get(..p.text.len().checked_sub(number.len())?)?;
            Some(in_an_idiom_of_counts(before, number))
        })
        .unwrap_or(false);
    // (Only `thứ` names a day of the week: `Đợt 2 tuần sau` is the second round.)
    // (After a noun or a verb that only ranks, `thứ` is the rank whatever follows: `con thứ
    // hai và thứ ba`, `đứng thứ Ba bảng B`.)
    let ranked = previous_word(p.before).is_some_and(|w| word_in(w, RANKED_BEFORE_THU));
    // (A day placed as this one, or as the next where the clause ends there, after no noun, is
    // of the week: `a ơi thứ 7 này`, `hẹn thứ 6 tới nhé`, where `con thứ 3 này` ranks the
    // child; `tới`, `sau`, `trước` are prepositions as often, `về thứ ba tới đích`, `vị trí
    // thứ 2 sau vòng cuối`.)
    let placed_from_now = || {
        let placed = next_word(r).is_some_and(|(w, after)| {
            same(w, "này")
                || same(w, "tới")
                    && next_word(after).is_none_or(|(w, _)| word_in(w, &["nhé", "nha", "nhá", "ạ"]))
        });
        // (After a word of grammar, a part of the day or a verb of meeting, none a noun ranked:
        // `Phương án thứ 2 này`, `Tập thứ 10 này` rank.)
        const MEETING: &[&str] = &[
            "hẹn", "gặp", "rảnh", "bận", "họp", "nghỉ", "đi", "về", "chở", "đón", "tới", "đến",
        ];
        let not_ranked = |w: &str| {
            crate::quantity::is_grammar_word(&crate::text::compose(w).to_lowercase())
                || crate::date::day_part(w).is_some()
                || word_in(w, MEETING)
        };
        placed && previous_word(p.before).is_none_or(not_ranked)
    };
    let a_weekday = || {
        !ranked
            && split_word(p.rest).is_some_and(|(w, _)| same(w, "thứ"))
            && (weekday_of_a_week(r) || placed_from_now())
    };
    // (`từng đợt 50 người`: each round, counted by what it holds, no rank.)
    let each_round =
        split_word(p.rest).is_some_and(|(w, _)| same(w, "đợt")) && after_a_distributive(p.before);
    // (`nhiều đợt 1930-1945`: the rounds took those years; a range of years is no rank.)
    let years = || {
        split_word(p.rest)
            .and_then(|(_, after)| after.strip_prefix(' '))
            .is_some_and(a_span_of_years)
    };
    // (`mấy lần một ngày`, `ba lần một tuần`: `lần` counted before it is times, and `một`
    // after it the article of a rate, no rank.)
    // (Digits before `lần` read their count first; after a code's, `COVID-19 lần hai` is the
    // second time.)
    let times_counted = split_word(p.rest).is_some_and(|(w, _)| same(w, "lần"))
        && previous_word(p.before)
            .is_some_and(|w| is_number_word(w) || word_in(w, &["mấy", "vài", "bao", "nhiều"]));
    // (`giải thứ hai, thứ bảy này lên nhận`: a day of the week placed from now is a day.)
    // (`thứ hai, thứ bảy và chủ nhật`: listed with Sunday, the days are of the week.)
    let placed_day = || {
        next_word(r).is_some_and(|(w, _)| {
            crate::period::placing_word(w).is_some() || word_in(w, &["tuần", "hằng", "mỗi"])
        }) || sunday_listed_after(r)
    };
    if rank_listed_after_a_rank(p) && !placed_day() {
        return Some((p.at(r)?, Value::Ordinal(o)));
    }
    let stands = ordinal_in_context(p.before, p.rest)
        && !times_counted
        && !each_round
        && !years()
        && !in_an_idiom
        && !a_weekday()
        && (ranked || !written_as_a_weekday(p.before, p.rest));
    let end = p.at(r)?;
    stands.then_some((end, Value::Ordinal(o)))
}

/// Nouns and verbs after which `thứ` ranks, whether another `thứ` follows or its number is
/// capitalized: a child, a person, a time, a prize, a place in a ranking (`con thứ hai`,
/// `người thứ ba`, `đứng thứ Ba`, `xếp thứ Hai`, `giải thứ nhì`); not a thing done on a day,
/// `nộp bài thứ Sáu tuần sau`.
const RANKED_BEFORE_THU: &[&str] = &["con", "người", "đứa", "lần", "giải", "hạng", "đứng", "xếp"];

/// Whether `chủ nhật` follows `after`, after a comma or a link (`, chủ nhật`, `và chủ nhật`).
fn sunday_listed_after(after: &str) -> bool {
    let after = after
        .trim_start_matches(crate::text::is_space)
        .trim_start_matches(',')
        .trim_start_matches(crate::text::is_space);
    let after = match split_word(after) {
        Some((w, rest)) if word_in(w, LIST_LINKS) => rest,
        _ => after,
    };
    crate::text::match_phrase(after.trim_start_matches(crate::text::is_space), "chủ nhật").is_some()
}

/// A bare number listed right after a place in a ranking, `thứ` after a verb of ranking, by
/// `và`, `hoặc` or a comma, is the next place, its cue written once (`xếp thứ 9 và 10`, `đứng
/// thứ 2 hoặc 3`); a noun counted after it makes it a count (`thứ 2 và 3 người`), and weekdays
/// listed (`Học thứ 2 và 4 hằng tuần`) rank nothing.
fn number_listed_after_a_rank(p: &Place) -> Option<(usize, Value)> {
    const RANKING: &[&str] = &["xếp", "đứng", "về", "hạng", "giải", "ngôi"];
    let last = p.last.filter(|e| matches!(e.value, Value::Ordinal(_)))?;
    let last_text = p.text.get(last.span.clone())?;
    let ranked = p
        .text
        .get(..last.span.start)
        .and_then(previous_word)
        .is_some_and(|w| word_in(w, RANKING));
    let of_thu = ranked && split_word(last_text).is_some_and(|(w, _)| same(w, "thứ"));
    let link = p.text.get(last.span.end..p.pos)?;
    if !of_thu || !is_list_link(link) {
        return None;
    }
    let digits = p.rest.bytes().take_while(u8::is_ascii_digit).count();
    let (number, after) = p.rest.split_at_checked(digits)?;
    let rank: u32 = number.parse().ok().filter(|n| (1..=999).contains(n))?;
    // (A full stop after it ends the sentence, `xếp thứ 9 và 10.`; a point before a digit
    // goes on with it.)
    let glued = after.starts_with(|c: char| c.is_alphanumeric() || c == '/')
        || after
            .strip_prefix('.')
            .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()));
    let counted = crate::quantity::unit_after(p.units, after).is_some();
    (!glued && !counted).then_some((p.at(after)?, Value::Ordinal(Ordinal::new(rank))))
}

/// A `thứ` listed right after a rank written with `thứ`, by a comma, `và` or `hoặc`, ranks the
/// same noun, no day of the week: `Người thứ hai, thứ ba`, `con thứ hai và thứ ba`, `giải thứ
/// nhì hoặc thứ ba`. (Days of the week listed, `vào thứ hai, thứ ba`, have no rank before them
/// to follow.)
fn rank_listed_after_a_rank(p: &Place) -> bool {
    let opens_with_thu = split_word(p.rest).is_some_and(|(w, _)| same(w, "thứ"));
    let Some(last) = p.last.filter(|e| matches!(e.value, Value::Ordinal(_))) else {
        return false;
    };
    let (Some(between), Some(last_text)) = (
        p.text.get(last.span.end..p.pos),
        p.text.get(last.span.clone()),
    ) else {
        return false;
    };
    let link = between.trim_matches(crate::text::is_space);
    let linked = link == "," || word_in(link, &["và", "hoặc"]);
    let of_thu = split_word(last_text).is_some_and(|(w, _)| same(w, "thứ"));
    opens_with_thu && linked && of_thu
}

/// Whether the number at `rest` is a screen's or a video's resolution (`màn 13,4 inch 4K`,
/// `Tivi LG 55 inch 4K`, `màn hình 2K 165Hz`, `quay video 8K`, `độ phân giải 4K`, `chuẩn 8K`):
/// one digit and a capital `K` glued, after the size of a screen or a word of one or of a
/// resolution, no thousand.
fn resolution_of_a_screen(before: &str, rest: &str) -> bool {
    const SCREENS: &[&str] = &[
        "inch", "màn", "hình", "tivi", "tv", "video", "camera", "quay", "giải", "chuẩn",
        // (A dashcam, `camera hành trình 4K`.)
        "trình",
    ];
    let resolution = rest.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && rest.as_bytes().get(1) == Some(&b'K')
        && !rest
            .get(2..)
            .is_some_and(|r| r.starts_with(char::is_alphanumeric));
    resolution && previous_word(before).is_some_and(|w| word_in(w, SCREENS))
}

/// Whether the number at `rest` is the fineness of the gold it is written after, in karats,
/// `vàng` or `vàng` and a word or two of what gold (`vàng 18K`, `nhẫn vàng 24k`, `Vàng trang
/// sức 18K`, `vàng Ý 18K`), or the jewellery made of it (`nữ trang 14K`, `nhẫn 10K`): a `K`
/// glued to it is no thousand. Not after a verb or a word of
/// an amount, which brings a price (`Mua vàng hết 18k`).
fn karat_of_gold(before: &str, rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let karats = rest
        .get(..digits)
        .and_then(|d| d.parse::<u8>().ok())
        .is_some_and(|k| (8..=24).contains(&k));
    let glued_k = rest
        .get(digits..)
        .and_then(|r| r.strip_prefix(['K', 'k']))
        .is_some_and(|r| !r.starts_with(char::is_alphanumeric));
    const AMOUNT_WORDS: &[&str] = &[
        "hết", "được", "giá", "còn", "là", "có", "mất", "bán", "mua", "tăng", "giảm", "lên",
        "xuống", "chỉ", "từ", "đến", "tới", "với",
    ];
    let after_gold = || {
        let mut head = before.trim_end_matches(crate::text::is_space);
        for _ in 0..3 {
            let Some(word) = previous_word(head) else {
                return false;
            };
            // (Or the jewellery gold is made into: `nữ trang 14K`, `trang sức 18K`, `nhẫn
            // 10K`.)
            let jewellery = || {
                word_in(word, &["nhẫn", "kiềng", "sức"])
                    || same(word, "trang")
                        && without_last(head, word.len())
                            .and_then(previous_word)
                            .is_some_and(|w| same(w, "nữ"))
            };
            if same(word, "vàng") || jewellery() {
                return true;
            }
            if word_in(word, AMOUNT_WORDS) || approx_phrase(word).is_ok() {
                return false;
            }
            let Some(h) = without_last(head, word.len()) else {
                return false;
            };
            head = h.trim_end_matches(crate::text::is_space);
        }
        false
    };
    karats && glued_k && after_gold()
}

/// A plain number: not the number of a weekday with no date (`từ thứ 2 đến thứ 7`, `thứ 2,
/// 4, 6`), not a day of a list (`ngày 14,15,16 tháng 5` is days, not the decimal 14,15), not
/// vague (`hàng chục kỳ`).
fn plain(p: &Place) -> Option<(usize, Value)> {
    if per_a_measure_after_a_measure(p) {
        return None;
    }
    // (After a rank, `Đứng thứ 3 và 4`, the list is of ranks.)
    let after_a_rank = p.last.is_some_and(|e| matches!(e.value, Value::Ordinal(_)));
    let weekday = previous_word(p.before).is_some_and(|w| same(w, "thứ"))
        || listed_after_a_weekday(p.before, p.rest) && !after_a_rank;
    let days = continues_days(p.text, p.last, p.pos) && borrowed_day(p.rest, true).is_some();
    // `30` in `Đại lộ 30 Tháng 4`: the day of a date that is part of a name.
    let named = p.rest.starts_with(|c: char| c.is_ascii_digit())
        && (named_date_at(p.before, p.rest) || number_of_month_in_a_name(p.text, p.pos));
    if weekday
        || days
        || named
        || two_phones_joined(p.rest)
        || is_vague(p.before, p.rest)
        || p.inside_a_numeral()
        || in_a_code_of_numbers(p.before, p.rest)
        || named_by_birth_order(p.before, p.rest)
        || number_words_in_a_name(p.before, p.rest)
        || karat_of_gold(p.before, p.rest)
        || resolution_of_a_screen(p.before, p.rest)
    {
        return None;
    }
    let (r, value, approx) = plain_number(p.text, p.rest)?;
    // (`Bộ phim "Mười hai bến nước"`: a title that opens with a number in words.)
    if a_whole_quotation(p.before, p.rest, r) {
        return None;
    }
    // (`3-4-5 tuổi`: the numbers of a chain are read each alone.)
    if days_before_a_month(&value, r) || range_in_a_chain(&value, p.before, p.rest) {
        return None;
    }
    if matches!(value, Amount::Range(..))
        && (score_after_a_result(p.before)
            || score_between_names(p, r)
            || a_name_then_its_address(p, r)
            || score_with_its_sets(p.before, p.read_to(r), r)
            || in_a_list_with_a_falling_pair(p.before, p.read_to(r), r)
            || ends_on_a_clock(r))
    {
        return first_of_a_score(p);
    }
    // (`tổ 1 – 45 người, tổ 2 – 38 người`: after a label, a dash before a count of a noun sets
    // the item apart from its count, as in a table; a label's number spans no count.)
    // (Not a count of days or times: `Giai đoạn 0 - 10 ngày sau sạ` spans them.)
    let counted_after = || {
        crate::quantity::unit_after(p.units, r)
            .is_some_and(|(unit, _)| !crate::quantity::of_time_or_times(&unit))
    };
    if matches!(value, Amount::Range(..))
        && p.labelled()
        && dashed(p.rest)
        && counted_after()
        && label_in_a_table(p, r)
    {
        return first_of_a_score(p);
    }
    Some((p.at(r)?, Value::Number { value, approx }))
}

/// Whether a count in words is the whole of a quotation (`“Mười năm”`, `"Ba ngày"`), or opens
/// one after the noun of a work (`Tiểu thuyết “Ba người lính”`, `bộ phim “Hai con mèo”`): a
/// title of a song, a book or a film, which names and counts nothing (a count in digits so
/// quoted, `“5 chiếc”`, is still one; so is a count opening a quotation of speech, `nói: “Ba
/// người đã chết”`). `before` ends where the count starts, `rest` starts there, and `after`
/// starts where it ends.
fn a_whole_quotation(before: &str, rest: &str, after: &str) -> bool {
    let in_words = !rest.starts_with(|c: char| c.is_ascii_digit());
    let Some(quoted) = before.strip_suffix(['“', '"', '«']).filter(|_| in_words) else {
        return false;
    };
    let closed = after.starts_with(['”', '"', '»']);
    closed || names_a_work(quoted)
}

/// The nouns of a work with a title: a book, a film, a song, a play, a picture.
const WORKS: &[&str] = &[
    "tiểu thuyết",
    "truyện",
    "phim",
    "bài hát",
    "ca khúc",
    "sách",
    "cuốn",
    "vở",
    "kịch",
    "tác phẩm",
    "bài thơ",
    "tập thơ",
    "thơ",
    "album",
    "chương trình",
    "tranh",
    "bút ký",
    "hồi ký",
    "vở diễn",
    "chuyên mục",
    "tựa",
];

/// Whether `head` ends with the noun of a work (see [`WORKS`]), spaces aside.
fn names_a_work(head: &str) -> bool {
    let head = head.trim_end_matches(crate::text::is_space);
    WORKS.iter().any(|w| ends_with_phrase(head, w))
}

/// Words that say how a match ended, before its score: `thắng`, `thua`, `hòa`, `tỷ số`.
const RESULTS: &[&str] = &[
    "thắng",
    "thua",
    "hòa",
    "hoà",
    "tỷ số",
    "tỉ số",
    "cách biệt",
    "dẫn trước",
    "dẫn",
    "gỡ hòa",
    // A defeat, suffered or inflicted (`thất bại 17-21, 21-23`, `đánh bại đối thủ 2-0`).
    "thất bại",
    "đánh bại",
];

/// The first syllables that make a word of a result another word: `điều hòa` (air
/// conditioning), `cộng hòa` (a republic), `hướng dẫn` (a guide), `hấp dẫn` (attractive).
/// After one of them the word says nothing of a match.
const RESULT_COMPOUNDS: &[(&str, &[&str])] = &[
    ("hòa", HOA_COMPOUNDS),
    ("hoà", HOA_COMPOUNDS),
    (
        "dẫn",
        &[
            "hướng", "chỉ", "trích", "hấp", "truyền", "lôi", "viện", "dìu", "chuyển", "dắt",
        ],
    ),
];

/// The first syllables that make `hòa` another word (see [`RESULT_COMPOUNDS`]).
const HOA_COMPOUNDS: &[&str] = &[
    "điều", "cộng", "hài", "ôn", "thuận", "chan", "giảng", "hiệp", "dung", "cầu",
];

/// Whether `head` ends with a word of a match's result (see [`RESULTS`]), no syllable of
/// another word (see [`RESULT_COMPOUNDS`]).
fn ends_with_a_result(head: &str) -> bool {
    let Some(result) = RESULTS.iter().find(|w| ends_with_phrase(head, w)) else {
        return false;
    };
    let Some((_, firsts)) = RESULT_COMPOUNDS.iter().find(|(w, _)| w == result) else {
        return true;
    };
    let compound = previous_word(head)
        .and_then(|w| without_last(head, w.len()))
        .and_then(|h| previous_word(h.trim_end_matches(crate::text::is_space)))
        .is_some_and(|w| word_in(w, firsts));
    !compound
}

/// How many scores a list holds, each two numbers of three digits at most joined by a dash
/// and set apart by commas (`21-18, 14-21, 19-21`), or `None` if it holds anything else.
fn scores_listed(list: &str) -> Option<usize> {
    list.split(',').try_fold(0usize, |n, item| {
        score_pair(item).map(|_| n.saturating_add(1))
    })
}

/// The two numbers of a score, each of three digits at most, joined by a dash (`21-18`, ` 3 -
/// 0 `), or `None` if `item` is anything else.
fn score_pair(item: &str) -> Option<(u16, u16)> {
    let side = |d: &str| {
        let d = d.trim();
        ((1..=3).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
            .then(|| d.parse::<u16>().ok())
            .flatten()
    };
    let (a, b) = item.trim().split_once(['-', '–'])?;
    Some((side(a)?, side(b)?))
}

/// Whether `head` ends with a score, two numbers joined by a dash (`1-2`, `3 - 0`).
fn ends_with_a_score(head: &str) -> bool {
    let head = head.trim_end_matches(crate::text::is_space);
    let start = head
        .trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | ' '))
        .len();
    let pair = head.get(start..).unwrap_or_default().trim();
    scores_listed(pair) == Some(1)
}

/// Whether the two numbers joined by a dash at `read`, between `before` and `after`, stand with
/// the scores of a match's sets in brackets: a pair before a bracket of two or more pairs
/// (`1-2 (21-18, 14-21, 19-21)`), or one of those pairs after it. A match's score and its
/// sets' are two numbers each; ranges are never listed so.
fn score_with_its_sets(before: &str, read: &str, after: &str) -> bool {
    // (Before the bracket.)
    if let Some(inside) = after.trim_start().strip_prefix('(') {
        let (bracket, _) = inside.split_once(')').unwrap_or((inside, ""));
        let sets = scores_listed(bracket).is_some_and(|n| n >= 2);
        if crate::text::fits(bracket, 64) && sets {
            return true;
        }
    }
    // (Inside it: the pairs before this one back to the bracket, the pair before that, and
    // the bracket whole.)
    let near = crate::text::tail(before, 64);
    let Some((head, listed)) = near.rsplit_once('(') else {
        return false;
    };
    let listed = listed.trim_end().trim_end_matches(',');
    let (rest, _) = after.split_once(')').unwrap_or((after, ""));
    let more = rest.trim_start().trim_start_matches(',');
    let in_the_bracket = [listed, read, more]
        .iter()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .try_fold(0usize, |n, part| {
            Some(n.saturating_add(scores_listed(part)?))
        });
    // (The match's score may stand before the opponent's name: `Sanest Khánh Hòa 3-2 Thể Công
    // Tân Cảng (25-22, 19-25, …)`.)
    let head = head.trim_end_matches(crate::text::is_space);
    let scored = ends_with_a_score(head) || ends_with_a_score(before_the_opponent(head));
    crate::text::fits(rest, 64) && scored && in_the_bracket.is_some_and(|n| n >= 2)
}

/// Whether the pair joined by a dash at `read`, between `before` and `after`, stands in a list
/// of two pairs or more set apart by commas of which one falls (`25-22, 19-25, 25-23`): a range
/// never falls, so every pair of the list is a score, two numbers.
fn in_a_list_with_a_falling_pair(before: &str, read: &str, after: &str) -> bool {
    const REACH: usize = 64;
    let of_the_list =
        |c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | ',') || crate::text::is_space(c);
    let near = crate::text::tail(before, REACH);
    let listed_before = near
        .get(near.trim_end_matches(of_the_list).len()..)
        .unwrap_or_default();
    let listed_after = after
        .char_indices()
        .find(|&(i, c)| i >= REACH || !of_the_list(c))
        .map_or(after, |(i, _)| after.get(..i).unwrap_or_default());
    let mut pairs = 0usize;
    let mut falls = false;
    for item in [listed_before, read, listed_after]
        .iter()
        .flat_map(|part| part.split(','))
        .map(str::trim)
        .filter(|item| !item.is_empty())
    {
        let Some((a, b)) = score_pair(item) else {
            return false;
        };
        pairs = pairs.saturating_add(1);
        falls |= a > b;
    }
    pairs >= 2 && falls
}

/// Whether two numbers joined by a dash after `before` are a score: after a word of a match's
/// result (`thua 3-6`, `tỷ số 1-3`), or after scores listed after one (`thua 6-4, 3-6, 5-7`, the
/// sets of a match), or after a heading with one before a colon (`Tỉ số 4 hiệp: 24-20, 22-25`).
/// A score is two numbers, never a range, whichever is larger.
fn score_after_a_result(before: &str) -> bool {
    let mut head = before.trim_end_matches(crate::text::is_space);
    // (The scores listed before, each `d-d` after a comma or a bracket: a few at most.)
    for _ in 0..8 {
        if ends_with_a_result(head) || ends_with_a_result(before_the_opponent(head)) {
            return true;
        }
        // (A heading before a colon, `Tỉ số 4 hiệp: 24-20, 22-25`: its result word a few words
        // back.)
        if let Some(heading) = head.strip_suffix(':') {
            let heading = heading.trim_end_matches(crate::text::is_space);
            // (The heading cut before each of its last few words, numbers too.)
            let cuts = heading
                .rmatch_indices(' ')
                .take(3)
                .map(|(at, _)| heading.get(..at).unwrap_or_default().trim_end());
            return std::iter::once(heading).chain(cuts).any(ends_with_a_result);
        }
        let Some(list) = head.strip_suffix([',', '(']) else {
            return false;
        };
        let list = list.trim_end_matches(crate::text::is_space);
        let pair = list.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-');
        let written = list.get(pair.len()..).unwrap_or_default();
        let is_a_pair =
            written.split('-').count() == 2 && written.split('-').all(|d| !d.is_empty());
        if !is_a_pair {
            return false;
        }
        head = pair.trim_end_matches(crate::text::is_space);
    }
    false
}

/// `head` without the name of an opponent or a word of how that it ends with, between a word
/// of a result and its score (`thắng Long An 3-1`, `thua ngược 22-25`, `thua sát nút 2-3`,
/// `thắng Thái Lan 2-1`): the capitalized words of a name, four at most, or one word of manner
/// (of one syllable or two).
fn before_the_opponent(head: &str) -> &str {
    const MANNERS: &[&str] = &[
        "sát nút",
        "sít sao",
        "sát sao",
        "kịch tính",
        "nghẹt thở",
        "cách biệt",
        "ngược",
        "sát",
        "đậm",
        "nhẹ",
        "nhanh",
        "kịch",
        "tiếp",
        "nhọc",
        "dễ",
    ];
    let mut rest = head;
    for _ in 0..4 {
        match previous_word(rest) {
            Some(w) if is_capitalized(w) => {
                rest = without_last(rest, w.len())
                    .unwrap_or_default()
                    .trim_end_matches(crate::text::is_space);
                // (A pair in doubles, its names joined by a slash: `thắng Nam/Khoa 21-17`.)
                if let Some(pair) = rest.strip_suffix('/') {
                    rest = pair;
                }
            }
            Some(_) if rest.len() == head.len() => {
                return MANNERS
                    .iter()
                    .find(|m| ends_with_phrase(rest, m))
                    .and_then(|m| without_phrase(rest, m))
                    .map_or(rest, |r| r.trim_end_matches(crate::text::is_space));
            }
            _ => break,
        }
    }
    rest
}

/// Whether `before` ends with a capitalized word that is no label's (`Dragons` of `Danang
/// Dragons 77-81`, `Long` of `Kim Long 2 - 135`), the last of a name the number after it goes
/// with; `Điều 3-5` is a label's range.
fn ends_with_a_name(before: &str) -> bool {
    previous_word(before.trim_end_matches(crate::text::is_space))
        .is_some_and(|w| is_capitalized(w) && !is_label_word(&w.to_lowercase()))
}

/// Whether the two numbers joined by a dash at `p`, ending where `after` starts, stand between
/// two names in a sentence of matches, as a match's score stands between its teams (`Kết quả:
/// Danang Dragons 77-81 Cantho Catfish`, `Hà Nội FC 0-2 Viettel ở vòng 5`): a score, no range.
/// A label's range before a name is no score (`Điều 3-5 Luật Đất đai`).
fn score_between_names(p: &Place, after: &str) -> bool {
    let named_before = ends_with_a_name(p.before);
    let named_after = next_word(after).is_some_and(|(w, _)| is_capitalized(w));
    // (Scores are small; a span of years or of thousands between names is none.)
    let small = p
        .rest
        .split(['-', '–'])
        .take(2)
        .all(|side| side.trim().bytes().take_while(u8::is_ascii_digit).count() <= 3);
    // (And the sentence is of matches: `Kết quả lượt trận thứ 12: Danang Dragons 77-81 …`; a
    // book's grades between names are a range, `Bộ sách Tiếng Việt 1-5 Kết nối tri thức`.)
    const MATCHES: &[&str] = &[
        "trận",
        "thắng",
        "thua",
        "hòa",
        "tỷ số",
        "tỉ số",
        "kết quả",
        "vòng",
        "lượt",
        "gặp",
        "đấu",
        "hiệp",
        "giải",
    ];
    let sentence_before = clause_ending(p.before, 200, |c| matches!(c, '.' | '!' | '?' | '\n')).0;
    let sentence_after = crate::text::head(after, 200)
        .split(['.', '!', '?', '\n'])
        .next()
        .unwrap_or_default();
    let of_matches = || {
        [sentence_before, sentence_after].iter().any(|s| {
            from_each_word(s).any(|words| {
                MATCHES
                    .iter()
                    .any(|m| crate::text::match_phrase(words, m).is_some())
            })
        })
    };
    named_before && named_after && small && of_matches()
}

/// Whether the two numbers joined by a dash set off by spaces at `p`, ending where `after`
/// starts, are a name's number and the house number of its address: the first after a
/// capitalized name, the second before a street's name in title case and a comma (`Tiệm vàng
/// Kim Long 2 - 135 Nguyễn Trãi, P. Bến Thành`, `Mắt Kính Sài Gòn 2 – 218 Cách Mạng Tháng
/// Tám, Phường 10`): two numbers, no range. Houses numbered as a range are written glued
/// (`2-4 Hàng Bài`).
fn a_name_then_its_address(p: &Place, after: &str) -> bool {
    let named_before = ends_with_a_name(p.before);
    let spaced_dash = [" - ", " – ", " — "]
        .iter()
        .any(|d| p.read_to(after).contains(d));
    // (The street: title-case words, five at most, then a comma.)
    let mut rest = after;
    let mut street = false;
    for _ in 0..5 {
        match next_word(rest) {
            Some((w, r)) if is_title_case(w) => {
                rest = r;
                street = true;
            }
            _ => break,
        }
    }
    named_before && spaced_dash && street && rest.trim_start().starts_with(',')
}

/// Whether the second number of two joined by a dash is the hour of a clock's time, its
/// minutes after a colon (`Phòng số 2 – 14:00`, `ca 3 - 7:30`): the dash sets a number apart
/// from the time, and no range ends at an hour.
fn ends_on_a_clock(after: &str) -> bool {
    after.strip_prefix(':').is_some_and(|minutes| {
        let digits = minutes.bytes().take_while(u8::is_ascii_digit).count();
        digits == 2
    })
}

/// The first number of a score at `p` (`3` of `3-6`), alone.
/// Whether the label before the place numbers one of several items listed in a sentence, each
/// with its count, as a table's rows are (`tổ 1 – 45 người, tổ 2 – 38 người`): the label
/// comes again after a comma or a semicolon, or came just before after the last count. Alone,
/// `Khối 6 - 9 học sinh` and `tổ 3 - 5 người` span their numbers.
fn label_in_a_table(p: &Place, after: &str) -> bool {
    let Some(label) = previous_word(p.before) else {
        return false;
    };
    let numbered = |piece: &str| {
        split_word(piece.trim_start_matches(crate::text::is_space)).is_some_and(|(w, rest)| {
            same(w, label) && space0_str(rest).0.starts_with(|c: char| c.is_ascii_digit())
        })
    };
    let window = crate::text::head(after, 160);
    let sentence = window.split(['\n', '.']).next().unwrap_or_default();
    let again = sentence.split([',', ';']).skip(1).any(numbered);
    let before = p.last.is_some_and(|e| {
        let between = p.text.get(e.span.end..p.pos).unwrap_or_default();
        matches!(e.value, Value::Quantity(_))
            && between
                .trim_start_matches(crate::text::is_space)
                .strip_prefix([',', ';'])
                .is_some_and(|piece| same(piece.trim_matches(crate::text::is_space), label))
    });
    again || before
}

/// Whether the numeral at `rest` is followed by a dash (spaced or not), as a range's bounds
/// or an item and its count are joined.
fn dashed(rest: &str) -> bool {
    let after = crate::number::numeral(rest).map_or("", |(after, _)| after);
    space0_str(after).0.starts_with(['-', '–'])
}

fn first_of_a_score(p: &Place) -> Option<(usize, Value)> {
    let (after, numeral) = crate::number::numeral(p.rest).ok()?;
    let value = Amount::Exact(numeral.value);
    Some((
        p.at(after)?,
        Value::Number {
            value,
            approx: None,
        },
    ))
}

/// Whether the digits at `rest` are one of three or more numbers chained by dashes (`NPK
/// 16-16-8`, `1-2-3`) or numbers joined by a colon that no time reads (`tỷ lệ 20:3`): a grade,
/// a code or a score, whose parts are no numbers of their own. (Dates and times, read first,
/// are never asked.)
fn in_a_code_of_numbers(before: &str, rest: &str) -> bool {
    // Only a few bytes on either side are looked at (what three groups of digits take): a
    // longer chain is a code whatever its length, and reading all of it at every number of it
    // would cost time in the square of its length (`1-1-1-…`).
    const NEAR: usize = 24;
    // (A number joined to nothing by a dash or a colon, almost every number, is asked no more.)
    let digits = rest
        .bytes()
        .take(NEAR)
        .take_while(u8::is_ascii_digit)
        .count();
    let joined_after = matches!(rest.as_bytes().get(digits), Some(b'-' | b':'));
    let joined_before = matches!(before.as_bytes().last(), Some(b'-' | b':'));
    if !joined_after && !joined_before {
        return false;
    }
    let linked = |b: &u8| b.is_ascii_digit() || matches!(b, b'-' | b':');
    let head = rest.bytes().take(NEAR).take_while(linked).count();
    let tail = before.bytes().rev().take(NEAR).take_while(linked).count();
    let token = [
        before
            .get(before.len().saturating_sub(tail)..)
            .unwrap_or_default(),
        rest.get(..head).unwrap_or_default(),
    ];
    let whole = token.concat();
    // (Where the look stopped, a group may be cut: the mark there joins more of the chain.)
    let mut inner = whole.as_str();
    if tail == NEAR {
        inner = inner.trim_start_matches(['-', ':']);
    }
    // A mark that ends the chain (no digits after it) is punctuation (`quy tắc 20-20-20:`).
    inner = inner.trim_end_matches(['-', ':']);
    let dashes = inner.matches('-').count();
    let colon = inner.contains(':');
    let digits_around = inner.split(['-', ':']).all(|g| !g.is_empty());
    // (`Trẻ 3-4-5 tuổi`, `5-6-7%`, `7-8-9 giờ`: a chain that a unit, a sign or an hour follows
    // is a list of amounts of it.)
    let after = rest.get(head..).unwrap_or_default();
    let measured = || {
        crate::quantity::unit_of_a_chain(crate::quantity::Units::shared(), after).is_some()
            || crate::percent::percent_sign(after).is_some()
            || crate::money::currency_after(after).is_some()
    };
    digits_around && (dashes >= 2 || colon) && !measured()
}

/// Whether `đồng` read as the currency of a small sum opens another word with the word after
/// it: `đồng bằng` (a delta: `3 đồng bằng lớn`), `đồng đều` (even: `3 đồng đều nhau`). After a
/// sum that is paid today, a thousand đồng or more, they are the currency and the next word:
/// `500.000 đồng bằng tiền mặt` (paid in cash), `50.000 đồng đều được chấp nhận` (all taken).
/// So is `đồng giá` (one price for all) before the price (`lớp 6 đồng giá 10.000đ`), where
/// `600 đồng giá bán lẻ` is the sum and the retail price.
fn dong_opens_a_word(written: &str, after: &str, m: &Money) -> bool {
    // (Asked of every sum of money: the amount first, the words only for a small one.)
    let small = paid_in_no_dong(&m.amount);
    let word_next = || next_word(after).is_some_and(|(w, _)| word_in(w, &["bằng", "đều"]));
    let uniform = || price_for_all_after_dong(after);
    let dong = || previous_word(written).is_some_and(|w| same(w, "đồng"));
    small && m.currency == crate::currency::Currency::VND && dong() && (word_next() || uniform())
}

/// Whether a count's noun opens with `đồng` that is the currency after its amount: `hai đồng
/// bằng lớn` counts deltas, but after a sum paid today `đồng` is the currency where it can be
/// (`500.000 đồng bằng tiền mặt`, `20.000 và 50.000 đồng bằng polymer`, as [`dong_opens_a_word`]
/// reads them; not `500 nghìn đồng bào`, compatriots); and after a sum with a scale, where the
/// noun's second word is a word alone too (`5 triệu đồng đội lên`: a sum with a scale is money).
/// `scaled` says whether the sum here has a scale, asked only of a noun opening with `đồng`.
fn dong_paid(q: &Quantity, rest: &str, after: &str, scaled: impl Fn() -> bool) -> bool {
    let Some(second) = q.unit.strip_prefix("đồng ") else {
        return false;
    };
    let paid_today = || {
        !paid_in_no_dong(&q.amount)
            && crate::money::currency_after(&[" ", &q.unit].concat()).is_some()
    };
    let scaled_sum = || {
        // (The noun's second word as written, and the text after it: `hồ sơ` after `đồng`,
        // read in place, nothing copied.)
        let written = rest.get(..rest.len().saturating_sub(after.len()))?;
        let before_second = without_phrase(written, second)?;
        let from_second = rest.get(before_second.len()..)?;
        let from_second = from_second.trim_start_matches(crate::text::is_space);
        Some(crate::quantity::dong_noun_of_a_word_alone(from_second))
    };
    paid_today() || scaled() && scaled_sum().unwrap_or(false)
}

/// Whether a rate of exchange is named in the clause before (`tỷ giá`, `đổi`, `=`): a sum
/// of another currency's there is a price of one unit, written with more decimals than cents.
fn a_rate_named_before(before: &str) -> bool {
    const REACH: usize = 80;
    let (clause, _) = clause_ending(before, REACH, |c| matches!(c, '.' | ';' | '!' | '?' | '\n'));
    clause.contains('=')
        || words_back(clause).take(12).any(|(w, rest)| {
            same(w, "đổi")
                || same(w, "giá") && previous_word(rest).is_some_and(|t| word_in(t, &["tỷ", "tỉ"]))
        })
}

/// Whether the sum here is `một` and a currency right after a sum of money: what the sum
/// before is the price of (`24.255 đồng một USD`, a rate of exchange), no sum of its own.
fn rate_of_exchange(p: &Place) -> bool {
    let after_a_sum = last_just_before(p.text, p.last, p.pos, |_| false)
        .is_some_and(|e| matches!(e.value, Value::Money(_)));
    after_a_sum && split_word(p.rest).is_some_and(|(w, _)| same(w, "một"))
}

/// Whether the `lần` of a count opens a rank (`lần thứ hai`, `lần đầu tiên`): then it is no
/// count of times (`lọt top 10 lần thứ hai`, `rơi khỏi top 4 lần đầu tiên`; `tăng 3 lần đầu
/// năm` counts).
fn lan_opens_a_rank(q: &Quantity, after: &str) -> bool {
    q.unit == "lần"
        && next_word(after).is_some_and(|(w, r)| {
            same(w, "thứ") || same(w, "đầu") && next_word(r).is_some_and(|(t, _)| same(t, "tiên"))
        })
}

/// Whether no sum paid today is this small: under a thousand đồng (see [`dong_opens_a_word`]).
fn paid_in_no_dong(amount: &Amount) -> bool {
    matches!(amount, Amount::Exact(v) if *v < Decimal::from(1000))
}

/// The text after the same sum of money spelled out in brackets after `m` (`5.000.000 đ (năm
/// triệu đồng)`, `385.000 VNĐ (Ba trăm tám mươi lăm nghìn đồng chẵn)`), if that follows.
fn spelled_money_after<'t>(after: &'t str, m: &Money) -> Option<&'t str> {
    let (open, _) = crate::text::space0(after).ok()?;
    let inner = open
        .strip_prefix('(')?
        .trim_start_matches(crate::text::is_space);
    let (rest, spelled) = money(inner).ok()?;
    let in_words = !inner.starts_with(|c: char| c.is_ascii_digit());
    let same = spelled.amount == m.amount && spelled.currency == m.currency;
    let (close, _) = crate::text::space0(crate::number::after_even(rest)).ok()?;
    close.strip_prefix(')').filter(|_| in_words && same)
}

/// What a kind is told by the count of, besides things classified or held (`xe loại 7 chỗ`,
/// `khách sạn hạng 5 sao`), and the parts it is made of (`que thử loại 2 vạch`, `tủ loại 3
/// ngăn`, `tủ lạnh loại 2 cánh`, `xe loại 4 bánh`, `ổ cắm loại 6 lỗ`).
const THINGS_A_KIND_HOLDS: &[&str] = &[
    "chỗ",
    "sao",
    "chỗ ngồi",
    "phòng ngủ",
    "vạch",
    "ngăn",
    "cánh",
    "cửa",
    "bánh",
    "tầng",
    "lớp",
    "lưỡi",
    "cổng",
    "khe",
    "nút",
    "chân",
    "mặt",
    "màu",
    "lỗ",
    "cell",
];
