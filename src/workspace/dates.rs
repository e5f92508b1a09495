//! Dates as people say them in a meeting, in Dutch or English: `2027-01-15`, `15-01-2027`,
//! `15-1`, `+7`, `+2w`, `vandaag`/`today`, `morgen`/`tomorrow`, `overmorgen`, `vrijdag`/`friday`.
//! Relative words count from `today`, which the caller passes, so the parser reads no clock.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use crate::i18n::{self as t, L, Lang, fill};

/// Why a date was not understood: the message, in both languages, naming what was typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    /// What was typed.
    pub typed: String,
}

impl DateError {
    /// The message in `lang`, with the forms that are understood.
    pub fn message(&self, lang: Lang) -> String {
        fill(lang.pick(t::BAD_DATE_TYPED), &[("typed", &self.typed)])
    }

    /// The message as a text in both languages, for forms that show a fixed text.
    pub const fn text() -> L {
        t::BAD_DATE
    }
}

const WEEKDAYS: [(&str, &str, Weekday); 7] = [
    ("maandag", "monday", Weekday::Monday),
    ("dinsdag", "tuesday", Weekday::Tuesday),
    ("woensdag", "wednesday", Weekday::Wednesday),
    ("donderdag", "thursday", Weekday::Thursday),
    ("vrijdag", "friday", Weekday::Friday),
    ("zaterdag", "saturday", Weekday::Saturday),
    ("zondag", "sunday", Weekday::Sunday),
];

/// The date `text` means, counted from `today`.
pub fn parse(text: &str, today: Date) -> Result<Date, DateError> {
    let typed = text.trim().to_lowercase();
    let err = || DateError {
        typed: crate::workspace::text::clean(text.trim()).into_owned(),
    };
    let days = |n: i64| today.checked_add(n.days()).map_err(|_| err());
    match typed.as_str() {
        "vandaag" | "today" => return Ok(today),
        "morgen" | "tomorrow" => return days(1),
        "overmorgen" => return days(2),
        _ => {}
    }
    if let Some(rest) = typed.strip_prefix('+') {
        let (number, unit) = rest
            .find(|c: char| !c.is_ascii_digit())
            .map_or((rest, ""), |i| rest.split_at(i));
        let n: i64 = number.parse().map_err(|_| err())?;
        return match unit.trim() {
            "" | "d" | "dag" | "dagen" | "day" | "days" => days(n),
            "w" | "wk" | "week" | "weken" | "weeks" => days(7 * n),
            "m" | "mnd" | "maand" | "maanden" | "month" | "months" => {
                today.checked_add(n.months()).map_err(|_| err())
            }
            _ => Err(err()),
        };
    }
    // A weekday is the next one after today: in a meeting, "vrijdag" never means today.
    // Three letters or more name a weekday: "vrij", "fri".
    let names = |nl: &str, en: &str| {
        typed.chars().count() >= 3 && (nl.starts_with(&typed) || en.starts_with(&typed))
    };
    if let Some((_, _, day)) = WEEKDAYS.iter().find(|(nl, en, _)| names(nl, en)) {
        let ahead = (day.to_monday_zero_offset() - today.weekday().to_monday_zero_offset() + 7) % 7;
        return days(if ahead == 0 { 7 } else { i64::from(ahead) });
    }
    if let Ok(d) = typed.parse::<Date>() {
        return Ok(d);
    }
    let parts: Vec<&str> = typed.split(['-', '/', '.']).collect();
    let number = |s: &str| s.parse::<i16>().map_err(|_| err());
    match parts.as_slice() {
        [d, m, y] if y.len() == 4 => {
            Date::new(number(y)?, number(m)? as i8, number(d)? as i8).map_err(|_| err())
        }
        // Day and month: this year, or next year when that day has passed.
        [d, m] => {
            let this =
                Date::new(today.year(), number(m)? as i8, number(d)? as i8).map_err(|_| err())?;
            if this < today {
                Date::new(today.year() + 1, this.month(), this.day()).map_err(|_| err())
            } else {
                Ok(this)
            }
        }
        _ => Err(err()),
    }
}

/// An optional date: empty is none.
pub fn parse_optional(text: &str, today: Date) -> Result<Option<Date>, DateError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse(text, today).map(Some)
}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The weekday and month names of `date` in `lang`, English ones capitalised.
fn names(date: Date, lang: Lang) -> (String, &'static str) {
    let (nl, en, _) =
        WEEKDAYS[usize::try_from(date.weekday().to_monday_zero_offset()).unwrap_or(0)];
    let m = usize::try_from(date.month() - 1).unwrap_or(0);
    match lang {
        Lang::Nl => (nl.to_owned(), MONTHS_NL[m]),
        Lang::En => {
            let mut day = en.to_owned();
            day[..1].make_ascii_uppercase();
            (day, MONTHS_EN[m])
        }
    }
}

/// How a date reads, for showing what was understood: `vrijdag 4 december 2026`.
pub fn spoken(date: Date, lang: Lang) -> String {
    let (day, month) = names(date, lang);
    format!("{day} {} {month} {}", date.day(), date.year())
}

/// A date in a list, short: `vr 4 dec` / `Fri 4 Dec`.
pub fn short(date: Date, lang: Lang) -> String {
    let (day, month) = names(date, lang);
    let cut = |s: &str, n: usize| s.chars().take(n).collect::<String>();
    let day = match lang {
        Lang::Nl => cut(&day, 2),
        Lang::En => cut(&day, 3),
    };
    format!("{day} {} {}", date.day(), cut(month, 3))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Sunday 29 November 2026.
    const TODAY: Date = Date::constant(2026, 11, 29);

    fn p(s: &str) -> Date {
        parse(s, TODAY).unwrap_or_else(|e| panic!("{s}: {e:?}"))
    }

    #[test]
    fn every_form_in_both_languages() {
        assert_eq!(p("2027-01-15"), Date::constant(2027, 1, 15));
        assert_eq!(p("15-01-2027"), Date::constant(2027, 1, 15));
        assert_eq!(p("15/1/2027"), Date::constant(2027, 1, 15));
        assert_eq!(
            p("15-1"),
            Date::constant(2027, 1, 15),
            "passed this year: next year"
        );
        assert_eq!(p("15-12"), Date::constant(2026, 12, 15));
        assert_eq!(p("29-11"), TODAY, "today is not passed");
        assert_eq!(p("+7"), Date::constant(2026, 12, 6));
        assert_eq!(p("+2w"), Date::constant(2026, 12, 13));
        assert_eq!(p("+1 maand"), Date::constant(2026, 12, 29));
        assert_eq!(p("morgen"), Date::constant(2026, 11, 30));
        assert_eq!(p("Tomorrow"), Date::constant(2026, 11, 30));
        assert_eq!(p("overmorgen"), Date::constant(2026, 12, 1));
        assert_eq!(p("vandaag"), TODAY);
        assert_eq!(p("today"), TODAY);
        assert_eq!(p("vrijdag"), Date::constant(2026, 12, 4));
        assert_eq!(p("friday"), Date::constant(2026, 12, 4));
        assert_eq!(p("vrij"), Date::constant(2026, 12, 4), "a short weekday");
        assert_eq!(
            p("zondag"),
            Date::constant(2026, 12, 6),
            "never today itself"
        );
        assert_eq!(p("  Maandag "), Date::constant(2026, 11, 30));
    }

    #[test]
    fn refusals_say_what_was_typed() {
        for bad in [
            "",
            "31-02-2027",
            "morgenochtend",
            "+x",
            "+3 eeuwen",
            "15",
            "2027-13-01",
            "vr",
        ] {
            let e = parse(bad, TODAY).unwrap_err();
            let nl = e.message(Lang::Nl);
            assert!(nl.contains(&format!("'{}'", bad.trim())), "{nl}");
            assert!(e.message(Lang::En).contains("+7"), "the forms are named");
        }
        assert_eq!(parse_optional("  ", TODAY), Ok(None));
        assert!(parse_optional("gisteren?", TODAY).is_err());
    }

    #[test]
    fn a_date_reads_as_people_say_it() {
        assert_eq!(
            spoken(Date::constant(2026, 12, 4), Lang::Nl),
            "vrijdag 4 december 2026"
        );
        assert_eq!(
            spoken(Date::constant(2026, 12, 4), Lang::En),
            "Friday 4 December 2026"
        );
        assert_eq!(short(Date::constant(2026, 12, 4), Lang::Nl), "vr 4 dec");
        assert_eq!(short(Date::constant(2026, 12, 4), Lang::En), "Fri 4 Dec");
    }
}
