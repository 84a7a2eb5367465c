//! The store's timestamps (`2026-11-05T09:30:00.123Z`, UTC, as SQLite's
//! `strftime('%Y-%m-%dT%H:%M:%fZ')` writes them) as numbers, and calendar dates, without a
//! time-zone database: reports only need differences and dates.

/// Milliseconds since 1970-01-01 UTC, or None when `s` is not such a timestamp.
pub fn parse_millis(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<i64> {
        let part = s.get(from..to)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (year, month, day) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
    let (hour, minute) = (num(11, 13)?, num(14, 16)?);
    if b[16] != b':' {
        return None;
    }
    let second = num(17, 19)?;
    let rest = &s[19..];
    let millis = match rest.strip_prefix('.') {
        Some(frac) => {
            let digits = frac.strip_suffix('Z')?;
            if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|c| c.is_ascii_digit())
            {
                return None;
            }
            let padded = format!("{digits:0<3}");
            padded[..3].parse::<i64>().ok()?
        }
        None if rest == "Z" => 0,
        None => return None,
    };
    if !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let days = days_from_civil(year, month, day);
    Some(((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millis)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date (year, month, day) of a day number since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Today's date in UTC, from the system clock.
pub fn today() -> (i64, u32, u32) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    civil_from_days(secs.div_euclid(86_400))
}

/// Now as a store timestamp.
pub fn now_stamp() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let secs = now.as_secs() as i64;
    let (y, mo, d) = civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        s / 3600,
        s / 60 % 60,
        s % 60,
        now.subsec_millis()
    )
}

/// A `YYYY-MM-DD` date.
pub fn parse_date(s: &str) -> Option<(i64, u32, u32)> {
    let millis = parse_millis(&format!("{s}T00:00:00Z"))?;
    let date = civil_from_days(millis.div_euclid(86_400_000));
    // Reject dates such as 2026-02-31 that the arithmetic would roll over.
    (format!("{:04}-{:02}-{:02}", date.0, date.1, date.2) == s).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_timestamps_become_milliseconds() {
        assert_eq!(parse_millis("1970-01-01T00:00:00.000Z"), Some(0));
        assert_eq!(parse_millis("1970-01-02T00:00:01.5Z"), Some(86_401_500));
        assert_eq!(
            parse_millis("2026-11-05T09:30:00Z"),
            Some(1_793_871_000_000)
        );
        assert_eq!(parse_millis("2026-11-05 09:30:00"), None);
        assert_eq!(parse_millis("2026-13-05T09:30:00Z"), None);
        assert_eq!(parse_millis("2026-11-05T09:30:00.12a4Z"), None);
    }

    #[test]
    fn days_and_dates_round_trip() {
        for days in [-1, 0, 59, 60, 365, 11_016, 20_762, 40_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, i64::from(m), i64::from(d)), days);
        }
        assert_eq!(parse_date("2026-11-05"), Some((2026, 11, 5)));
        assert_eq!(parse_date("2026-02-31"), None);
        assert!(parse_millis(&now_stamp()).is_some());
    }
}
