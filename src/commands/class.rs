//! `chophien class …`: the trainer's commands. Each opens the store in the data folder,
//! does one thing and says what it did in one or two plain lines of the interface language.
//! Text taken from import files is cleaned before it is printed.

use std::path::{Path, PathBuf};

use super::{EXIT_CHECK_FAILED, EXIT_OK, EXIT_RUNTIME, print_error};
use crate::class::file::{self, Refusal};
use crate::class::lrs;
use crate::class::pin::{self, PinCheck};
use crate::class::records::ClassLearner;
use crate::class::report::{self, LessonInfo, Row};
use crate::cli::{ClassCommand, ExportFormat, ReportFormat};
use crate::course::LessonEntry;
use crate::i18n::{Args, Localizer};
use crate::store::{self, Skipped, Store};
use crate::text::clean_line;

pub fn run(loc: &Localizer, data_dir: Option<PathBuf>, command: ClassCommand) -> u8 {
    let Some(mut store) = open_store(loc, data_dir) else {
        return EXIT_RUNTIME;
    };
    match command {
        ClassCommand::Export {
            out,
            format: ExportFormat::Class,
        } => export(loc, &mut store, &out),
        ClassCommand::Export {
            out,
            format: ExportFormat::Xapi,
        } => export_xapi(loc, &store, &out),
        ClassCommand::Import { files } => import(loc, &mut store, &files),
        ClassCommand::Report { format, out, pack } => {
            report(loc, &store, format, out.as_deref(), pack.as_deref())
        }
        ClassCommand::Certificate {
            profile,
            out,
            pack,
            date,
        } => certificate(
            loc,
            &store,
            &profile,
            out.as_deref(),
            pack.as_deref(),
            date.as_deref(),
        ),
        ClassCommand::SetPin => set_pin(loc, &mut store),
        ClassCommand::ResetPin => match store.reset_trainer_pin() {
            Ok(removed) => {
                println!(
                    "{}",
                    loc.text(if removed { "pin-reset" } else { "pin-none" })
                );
                EXIT_OK
            }
            Err(e) => store_failed(loc, &e),
        },
        ClassCommand::SetCentre { name } => {
            let name: String = clean_line(name.trim()).chars().take(200).collect();
            if let Err(e) = store.set_setting(CENTRE, &name) {
                return store_failed(loc, &e);
            }
            let mut args = Args::new();
            args.set("name", name);
            println!("{}", loc.text_with("class-centre-set", &args));
            EXIT_OK
        }
        ClassCommand::Send {
            lrs,
            user,
            password_file,
            timeout_secs,
        } => {
            let credentials = match (user, password_file) {
                (Some(user), Some(file)) => match read_password(&file) {
                    Ok(password) => Some((user, password)),
                    Err(e) => {
                        let mut args = Args::new();
                        args.set("file", shown(&file));
                        args.set("detail", e.to_string());
                        print_error(loc, &loc.text_with("class-password-unreadable", &args));
                        return EXIT_RUNTIME;
                    }
                },
                _ => None,
            };
            let credentials = credentials.as_ref().map(|(u, p)| (u.as_str(), p.as_str()));
            send(
                loc,
                &mut store,
                &lrs,
                credentials,
                std::time::Duration::from_secs(timeout_secs),
            )
        }
    }
}

fn open_store(loc: &Localizer, data_dir: Option<PathBuf>) -> Option<Store> {
    let Some(dir) = store::data_dir(data_dir) else {
        print_error(loc, &loc.text("run-no-data-dir"));
        return None;
    };
    let waiting = || eprintln!("{}", clean_line(&loc.text("store-waiting")));
    match store::open_with(&dir, waiting) {
        Ok((store, _)) => Some(store),
        Err(e) => {
            print_error(loc, &super::run::store_error_text(loc, &e));
            None
        }
    }
}

/// A path as it may be shown.
fn shown(path: &Path) -> String {
    clean_line(&path.display().to_string())
}

fn store_failed(loc: &Localizer, e: &store::StoreError) -> u8 {
    print_error(loc, &super::run::store_error_text(loc, e));
    EXIT_RUNTIME
}

fn write_failed(loc: &Localizer, path: &Path, e: &dyn std::fmt::Display) -> u8 {
    let mut args = Args::new();
    args.set("path", shown(path));
    args.set("detail", e.to_string());
    print_error(loc, &loc.text_with("class-write-failed", &args));
    EXIT_RUNTIME
}

fn export(loc: &Localizer, store: &mut Store, out: &Path) -> u8 {
    let program = format!("chophien {}", env!("CARGO_PKG_VERSION"));
    let export = match store.export_records(&crate::class::time::now_stamp(), &program) {
        Ok(export) => export,
        Err(e) => return store_failed(loc, &e),
    };
    let text = match file::write(&export) {
        Ok(text) => text,
        Err(e) => return write_failed(loc, out, &e),
    };
    if let Err(e) = crate::replace::replace(out, text.as_bytes()) {
        return write_failed(loc, out, &e);
    }
    let mut args = Args::new();
    args.set("learners", export.learners.len());
    args.set(
        "answers",
        export
            .learners
            .iter()
            .map(|l| l.attempts.len())
            .sum::<usize>(),
    );
    args.set("path", shown(out));
    println!("{}", loc.text_with("class-exported", &args));
    EXIT_OK
}

/// The message that explains why `file` was refused.
fn refusal_text(loc: &Localizer, name: &str, refusal: &Refusal) -> String {
    let mut args = Args::new();
    args.set("file", name.to_string());
    let id = match refusal {
        Refusal::Truncated => "class-import-truncated",
        Refusal::Damaged { detail } => {
            args.set("detail", clean_line(detail));
            "class-import-damaged"
        }
        Refusal::NotAnExport => "class-import-not-export",
        Refusal::Newer { version } => {
            args.set("version", *version);
            "class-import-newer"
        }
        Refusal::Checksum => "class-import-checksum",
        Refusal::TooLarge => "class-import-too-large",
    };
    loc.text_with(id, &args)
}

fn import(loc: &Localizer, store: &mut Store, files: &[PathBuf]) -> u8 {
    let mut refused = 0;
    let mut imported = 0;
    for path in files {
        let name = shown(path);
        let bytes = match std::fs::metadata(path).and_then(|m| {
            if m.len() > file::MAX_FILE_BYTES {
                Ok(None)
            } else {
                std::fs::read(path).map(Some)
            }
        }) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => {
                print_error(loc, &refusal_text(loc, &name, &Refusal::TooLarge));
                refused += 1;
                continue;
            }
            Err(e) => {
                let mut args = Args::new();
                args.set("file", name.clone());
                args.set("detail", e.to_string());
                print_error(loc, &loc.text_with("class-import-unreadable", &args));
                refused += 1;
                continue;
            }
        };
        let export = match file::read(&bytes) {
            Ok(export) => export,
            Err(refusal) => {
                print_error(loc, &refusal_text(loc, &name, &refusal));
                refused += 1;
                continue;
            }
        };
        let file_name = path
            .file_name()
            .map(|n| clean_line(&n.to_string_lossy()))
            .unwrap_or_default();
        let done = match store.import_records(&export, &file_name) {
            Ok(done) => done,
            Err(e) => return store_failed(loc, &e),
        };
        imported += 1;
        let mut args = Args::new();
        args.set("file", name.clone());
        match done.skipped {
            Some(Skipped::AlreadyImported) => {
                println!("{}", loc.text_with("class-import-already", &args));
            }
            Some(Skipped::ThisLaptop) => {
                println!("{}", loc.text_with("class-import-own", &args));
            }
            None => {
                args.set("new", done.learners_new);
                args.set("updated", done.learners_updated);
                args.set("answers", done.answers_new);
                args.set("steps", done.steps_new);
                args.set("lessons", done.lessons_new);
                println!("{}", loc.text_with("class-import-file", &args));
                if done.learners_kept > 0 {
                    let mut args = Args::new();
                    args.set("count", done.learners_kept);
                    println!("{}", loc.text_with("class-import-kept", &args));
                }
            }
        }
    }
    let (learners, answers) = match store.class_learners() {
        Ok(all) => (
            all.len(),
            all.iter().map(|l| l.learner.attempts.len()).sum::<usize>(),
        ),
        Err(e) => return store_failed(loc, &e),
    };
    let mut args = Args::new();
    args.set("files", imported);
    args.set("total", files.len());
    args.set("learners", learners);
    args.set("answers", answers);
    println!("{}", loc.text_with("class-import-total", &args));
    if refused > 0 {
        EXIT_CHECK_FAILED
    } else {
        EXIT_OK
    }
}

fn export_xapi(loc: &Localizer, store: &Store, out: &Path) -> u8 {
    let learners = match store.class_learners() {
        Ok(all) => all,
        Err(e) => return store_failed(loc, &e),
    };
    let statements = crate::class::xapi::statements(&learners);
    let text = match serde_json::to_string_pretty(&statements) {
        Ok(text) => text + "\n",
        Err(e) => return write_failed(loc, out, &e),
    };
    if let Err(e) = crate::replace::replace(out, text.as_bytes()) {
        return write_failed(loc, out, &e);
    }
    let mut args = Args::new();
    args.set("count", statements.len());
    args.set("learners", learners.len());
    args.set("path", shown(out));
    println!("{}", loc.text_with("class-exported-xapi", &args));
    EXIT_OK
}

/// The setting that holds the centre's name, shown on certificates.
pub const CENTRE: &str = "centre-name";

/// The learner `wanted` names: `LAPTOP:ID`, or a name that exactly one learner has.
fn find_learner<'a>(
    loc: &Localizer,
    learners: &'a [ClassLearner],
    wanted: &str,
) -> Result<&'a ClassLearner, String> {
    if let Some(found) = learners.iter().find(|l| l.key() == wanted) {
        return Ok(found);
    }
    let wanted_name: String = clean_line(wanted.trim());
    let same: Vec<&ClassLearner> = learners
        .iter()
        .filter(|l| clean_line(&l.learner.name).to_lowercase() == wanted_name.to_lowercase())
        .collect();
    let mut args = Args::new();
    args.set("name", wanted_name);
    match same.as_slice() {
        [one] => Ok(one),
        [] => Err(loc.text_with("class-no-such-learner", &args)),
        several => {
            let keys: Vec<String> = several.iter().map(|l| l.key()).collect();
            args.set("keys", keys.join(", "));
            Err(loc.text_with("class-several-learners", &args))
        }
    }
}

fn certificate(
    loc: &Localizer,
    store: &Store,
    profile: &str,
    out: Option<&Path>,
    pack: Option<&Path>,
    date: Option<&str>,
) -> u8 {
    use crate::class::certificate::{Certificate, render};
    use crate::class::time;
    let learners = match store.class_learners() {
        Ok(all) => all,
        Err(e) => return store_failed(loc, &e),
    };
    let learner = match find_learner(loc, &learners, profile) {
        Ok(found) => found,
        Err(message) => {
            print_error(loc, &message);
            return EXIT_CHECK_FAILED;
        }
    };
    let (year, month, day) = match date {
        None => time::today(),
        Some(text) => match time::parse_date(text) {
            Some(date) => date,
            None => {
                let mut args = Args::new();
                args.set("date", clean_line(text));
                print_error(loc, &loc.text_with("class-bad-date", &args));
                return EXIT_CHECK_FAILED;
            }
        },
    };
    let centre = match store.setting(CENTRE) {
        Ok(centre) => centre.unwrap_or_default(),
        Err(e) => return store_failed(loc, &e),
    };
    if centre.is_empty() {
        println!("{}", loc.text("class-no-centre"));
    }
    // Everything on the page is in the learner's language (with its fallbacks).
    let (_, loaded) = super::load_course(pack);
    let course = &loaded.course;
    let lang = learner.learner.lang.clone();
    let text = crate::i18n::ui_localizer(
        &crate::source::Files::embedded_locales(),
        &loaded.languages,
        &lang,
    );
    let chain = loaded
        .languages
        .chain(&lang, &[course.base_language.as_str()]);
    let course_text = Localizer::new(&chain, |tag| course.texts.get(tag));
    let finished: std::collections::BTreeSet<&str> = learner
        .learner
        .lessons_done
        .iter()
        .map(|d| d.lesson.as_str())
        .collect();
    let modules: Vec<String> = course
        .modules
        .iter()
        .filter(|m| {
            !m.lessons.is_empty() && m.lessons.iter().all(|l| finished.contains(l.as_str()))
        })
        .map(|m| course_text.text(&m.title))
        .collect();
    let total: usize = course.modules.iter().map(|m| m.lessons.len()).sum();
    let done = course
        .modules
        .iter()
        .flat_map(|m| &m.lessons)
        .filter(|l| finished.contains(l.as_str()))
        .count();
    let mut args = Args::new();
    args.set("done", done);
    args.set("total", total);
    let lessons = text.text_with("cert-lessons", &args);
    let mut args = Args::new();
    args.set("day", day);
    args.set("month", month);
    args.set("year", year);
    let date_text = text.text_with("cert-date", &args);
    let mut args = Args::new();
    args.set("date", date_text);
    args.set("centre", centre.clone());
    let given = text.text_with(
        if centre.is_empty() {
            "cert-given-no-centre"
        } else {
            "cert-given"
        },
        &args,
    );
    let page = render(&Certificate {
        lang: lang.clone(),
        title: text.text("cert-title"),
        intro: text.text("cert-intro"),
        name: learner.learner.name.clone(),
        completed: text.text("cert-completed"),
        modules,
        no_modules: text.text("cert-no-modules"),
        lessons,
        given,
        signature: text.text("cert-signature"),
        centre,
    });
    let default_out = PathBuf::from(format!(
        "certificate-{}-{}.html",
        learner.device_id.chars().take(8).collect::<String>(),
        learner.learner.local_id
    ));
    let out = out.map_or(default_out, Path::to_path_buf);
    if let Err(e) = crate::replace::replace(&out, page.as_bytes()) {
        return write_failed(loc, &out, &e);
    }
    let mut args = Args::new();
    args.set("name", clean_line(&learner.learner.name));
    args.set("path", shown(&out));
    println!("{}", loc.text_with("class-certificate-written", &args));
    EXIT_OK
}

/// Reads a PIN: from the terminal without showing it (a `*` per digit), or one line of
/// standard input when that is not a terminal. None when the trainer gave up (Esc, Ctrl-C).
fn read_secret(prompt: &str) -> Option<String> {
    use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
    use crossterm::terminal;
    use std::io::{IsTerminal, Write};
    eprint!("{} ", clean_line(prompt));
    let _ = std::io::stderr().flush();
    if !std::io::stdin().is_terminal() {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).ok()?;
        eprintln!();
        return Some(line.trim().to_string());
    }
    terminal::enable_raw_mode().ok()?;
    let mut pin = String::new();
    let result = loop {
        let Ok(Event::Key(key)) = event::read() else {
            continue;
        };
        if key.kind != KeyEventKind::Press {
            continue;
        }
        match key.code {
            KeyCode::Enter => break Some(pin),
            KeyCode::Esc => break None,
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => break None,
            KeyCode::Backspace if pin.pop().is_some() => eprint!("\u{8} \u{8}"),
            KeyCode::Char(c) if c.is_ascii_digit() && pin.len() < 8 => {
                pin.push(c);
                eprint!("*");
            }
            _ => {}
        }
        let _ = std::io::stderr().flush();
    };
    let _ = terminal::disable_raw_mode();
    eprintln!();
    result
}

/// Tells the outcome of a wrong or locked PIN; true when it was right.
fn pin_accepted(loc: &Localizer, check: PinCheck) -> bool {
    let mut args = Args::new();
    match check {
        PinCheck::Right | PinCheck::NotSet => return true,
        PinCheck::Wrong { tries_left } => {
            args.set("left", tries_left);
            print_error(loc, &loc.text_with("pin-wrong", &args));
        }
        PinCheck::Locked { seconds } => {
            args.set("seconds", seconds);
            print_error(loc, &loc.text_with("pin-locked", &args));
        }
    }
    false
}

/// `class set-pin`: the first trainer sets it; changing it asks for the current one.
fn set_pin(loc: &Localizer, store: &mut Store) -> u8 {
    let has_pin = match store.setting(pin::HASH_KEY) {
        Ok(hash) => hash.is_some(),
        Err(e) => return store_failed(loc, &e),
    };
    if has_pin {
        let Some(current) = read_secret(&loc.text("pin-current")) else {
            return EXIT_CHECK_FAILED;
        };
        let check = match store.check_trainer_pin(pin::now_secs(), |h| pin::matches(&current, h)) {
            Ok(check) => check,
            Err(e) => return store_failed(loc, &e),
        };
        if !pin_accepted(loc, check) {
            return EXIT_CHECK_FAILED;
        }
    }
    let Some(new) = read_secret(&loc.text("pin-new")) else {
        return EXIT_CHECK_FAILED;
    };
    if !pin::is_valid(&new) {
        print_error(loc, &loc.text("pin-invalid"));
        return EXIT_CHECK_FAILED;
    }
    let Some(again) = read_secret(&loc.text("pin-again")) else {
        return EXIT_CHECK_FAILED;
    };
    if again != new {
        print_error(loc, &loc.text("pin-mismatch"));
        return EXIT_CHECK_FAILED;
    }
    let hash = match pin::hash(&new) {
        Ok(hash) => hash,
        Err(detail) => {
            print_error(loc, &detail);
            return EXIT_RUNTIME;
        }
    };
    if let Err(e) = store.set_trainer_pin(&hash) {
        return store_failed(loc, &e);
    }
    println!("{}", loc.text("pin-set"));
    EXIT_OK
}

/// The first line of a password file, without its line end.
fn read_password(path: &Path) -> std::io::Result<String> {
    let text = std::fs::read_to_string(path)?;
    Ok(text.lines().next().unwrap_or_default().to_string())
}

/// The message that explains a failure of the LRS.
fn lrs_failure_text(loc: &Localizer, endpoint: &str, failure: &lrs::Failure) -> String {
    let mut args = Args::new();
    args.set("url", clean_line(endpoint));
    let id = match failure {
        lrs::Failure::BadUrl => "lrs-bad-url",
        lrs::Failure::Unauthorized => "lrs-unauthorized",
        lrs::Failure::Forbidden => "lrs-forbidden",
        lrs::Failure::Conflict => "lrs-conflict",
        lrs::Failure::Server { status } => {
            args.set("status", *status);
            "lrs-server"
        }
        lrs::Failure::Rejected { status, detail } => {
            args.set("status", *status);
            args.set("detail", clean_line(detail));
            "lrs-rejected"
        }
        lrs::Failure::Timeout => "lrs-timeout",
        lrs::Failure::Unreachable { detail } => {
            args.set("detail", clean_line(detail));
            "lrs-unreachable"
        }
    };
    loc.text_with(id, &args)
}

/// `class send`: every statement the LRS has not acknowledged yet, in batches, with a
/// progress line; what was acknowledged is remembered at once, so a dropped connection
/// costs nothing but running the command again.
fn send(
    loc: &Localizer,
    store: &mut Store,
    endpoint: &str,
    credentials: Option<(&str, &str)>,
    timeout: std::time::Duration,
) -> u8 {
    use std::io::{IsTerminal, Write};
    let endpoint = lrs::normalize(endpoint);
    let learners = match store.class_learners() {
        Ok(all) => all,
        Err(e) => return store_failed(loc, &e),
    };
    let statements = crate::class::xapi::statements(&learners);
    let acked = match store.acknowledged(&endpoint) {
        Ok(acked) => acked,
        Err(e) => return store_failed(loc, &e),
    };
    let pending: Vec<&serde_json::Value> = statements
        .iter()
        .filter(|s| !acked.contains(s["id"].as_str().unwrap_or_default()))
        .collect();
    let total = statements.len();
    let done_before = total - pending.len();
    if pending.is_empty() {
        let mut args = Args::new();
        args.set("total", total);
        println!("{}", loc.text_with("class-send-nothing", &args));
        return EXIT_OK;
    }
    let client = match lrs::Lrs::new(&endpoint, credentials, timeout) {
        Ok(client) => client,
        Err(f) => {
            print_error(loc, &lrs_failure_text(loc, &endpoint, &f));
            return EXIT_CHECK_FAILED;
        }
    };
    let terminal = std::io::stderr().is_terminal();
    let progress = |sent: &lrs::Sent| {
        let mut args = Args::new();
        args.set("sent", done_before + sent.stored + sent.already);
        args.set("total", total);
        let line = clean_line(&loc.text_with("class-send-progress", &args));
        let mut err = std::io::stderr().lock();
        let _ = if terminal {
            write!(err, "\r{line}")
        } else {
            writeln!(err, "{line}")
        };
        let _ = err.flush();
    };
    let result = lrs::send(&client, &pending, |ids, sent| {
        store.acknowledge(&endpoint, ids.iter().copied())?;
        progress(sent);
        Ok::<(), store::StoreError>(())
    });
    if terminal {
        eprintln!();
    }
    let sent = match &result {
        Ok(sent) | Err((sent, _)) => sent.clone(),
    };
    if sent.already > 0 {
        let mut args = Args::new();
        args.set("count", sent.already);
        println!("{}", loc.text_with("class-send-already", &args));
    }
    match result {
        Ok(sent) => {
            let mut args = Args::new();
            args.set("sent", sent.stored);
            args.set("total", total);
            println!("{}", loc.text_with("class-send-done", &args));
            EXIT_OK
        }
        Err((sent, Ok(failure))) => {
            print_error(loc, &lrs_failure_text(loc, &endpoint, &failure));
            let mut args = Args::new();
            args.set("sent", done_before + sent.stored + sent.already);
            args.set("total", total);
            println!("{}", loc.text_with("class-send-resume", &args));
            EXIT_CHECK_FAILED
        }
        Err((_, Err(e))) => store_failed(loc, &e),
    }
}

/// The course's lessons in order, titled in the interface language.
fn lesson_infos(loc: &Localizer, pack: Option<&Path>) -> Vec<LessonInfo> {
    let (_, loaded) = super::load_course(pack);
    let course = &loaded.course;
    let chain = loaded
        .languages
        .chain(loc.wanted(), &[course.base_language.as_str()]);
    let mut out = Vec::new();
    for m in &course.modules {
        for id in &m.lessons {
            let (title, steps) = match course.lessons.get(id) {
                Some(LessonEntry::Ready(lesson)) => {
                    let text = Localizer::new(&chain, |tag| lesson.texts.get(tag));
                    (
                        text.text(&lesson.title),
                        lesson.steps.iter().map(|s| s.id.clone()).collect(),
                    )
                }
                _ => (id.clone(), Vec::new()),
            };
            out.push(LessonInfo {
                id: id.clone(),
                module: m.id.clone(),
                title,
                steps,
            });
        }
    }
    out
}

/// The report's column headers, in the interface language.
const COLUMNS: [&str; 14] = [
    "report-col-laptop",
    "report-col-learner-id",
    "report-col-learner",
    "report-col-module",
    "report-col-lesson",
    "report-col-lesson-title",
    "report-col-status",
    "report-col-steps-done",
    "report-col-steps-total",
    "report-col-right",
    "report-col-answers",
    "report-col-score",
    "report-col-minutes",
    "report-col-last",
];

/// One row as spreadsheet cells, in [`COLUMNS`] order.
fn cells(loc: &Localizer, r: &Row) -> [String; 14] {
    [
        r.laptop.clone(),
        r.learner_id.to_string(),
        report::spreadsheet_text(&clean_line(&r.learner)),
        r.module.clone(),
        r.lesson.clone(),
        report::spreadsheet_text(&clean_line(&r.lesson_title)),
        loc.text(r.status.message()),
        r.steps_done.to_string(),
        r.steps_total.to_string(),
        r.right_answers.to_string(),
        r.answers.to_string(),
        r.score_percent.map(|p| p.to_string()).unwrap_or_default(),
        ((r.seconds_spent + 30) / 60).to_string(),
        r.last_activity.clone().unwrap_or_default(),
    ]
}

/// The CSV file: UTF-8 with a byte-order mark (so Excel reads Vietnamese right), RFC 4180
/// quoting, CRLF line ends, a header row.
pub fn csv_bytes(loc: &Localizer, rows: &[Row]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(COLUMNS.iter().map(|id| loc.text(id)))?;
    for r in rows {
        writer.write_record(cells(loc, r))?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(std::io::Error::other(e.to_string())))
}

/// A plain-text table for the terminal: learner, lesson, status, steps, score, minutes.
fn table(loc: &Localizer, rows: &[Row]) -> String {
    use unicode_width::UnicodeWidthStr;
    let pick = [2, 4, 6, 7, 11, 12];
    let mut lines: Vec<Vec<String>> = vec![pick.iter().map(|i| loc.text(COLUMNS[*i])).collect()];
    for r in rows {
        let c = cells(loc, r);
        let steps = format!("{}/{}", c[7], c[8]);
        let score = if c[11].is_empty() {
            "-".to_string()
        } else {
            format!("{}% ({}/{})", c[11], c[9], c[10])
        };
        let name: String = clean_line(&r.learner).chars().take(24).collect();
        lines.push(vec![
            name,
            c[4].clone(),
            c[6].clone(),
            steps,
            score,
            c[12].clone(),
        ]);
    }
    let widths: Vec<usize> = (0..pick.len())
        .map(|i| lines.iter().map(|l| l[i].width()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for line in &lines {
        let mut text = String::new();
        for (i, cell) in line.iter().enumerate() {
            text.push_str(cell);
            if i + 1 < line.len() {
                text.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out
}

fn report(
    loc: &Localizer,
    store: &Store,
    format: ReportFormat,
    out: Option<&Path>,
    pack: Option<&Path>,
) -> u8 {
    let learners = match store.class_learners() {
        Ok(all) => all,
        Err(e) => return store_failed(loc, &e),
    };
    let rows = report::rows(&learners, &lesson_infos(loc, pack));
    let bytes = match format {
        ReportFormat::Table if learners.is_empty() => {
            (loc.text("report-no-learners") + "\n").into_bytes()
        }
        ReportFormat::Table => table(loc, &rows).into_bytes(),
        ReportFormat::Csv => match csv_bytes(loc, &rows) {
            Ok(bytes) => bytes,
            Err(e) => return write_failed(loc, out.unwrap_or(Path::new("-")), &e),
        },
        ReportFormat::Json => match serde_json::to_string_pretty(&rows) {
            Ok(text) => (text + "\n").into_bytes(),
            Err(e) => return write_failed(loc, out.unwrap_or(Path::new("-")), &e),
        },
    };
    match out {
        Some(path) => {
            if let Err(e) = crate::replace::replace(path, &bytes) {
                return write_failed(loc, path, &e);
            }
            let mut args = Args::new();
            args.set("path", shown(path));
            args.set("rows", rows.len());
            println!("{}", loc.text_with("class-report-written", &args));
        }
        None => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            if stdout
                .write_all(&bytes)
                .and_then(|()| stdout.flush())
                .is_err()
            {
                return EXIT_RUNTIME;
            }
        }
    }
    EXIT_OK
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_message_exists_in_every_shipped_language() {
        let source = include_str!("class.rs");
        let mut ids: Vec<String> = source
            .split('"')
            .filter(|s| s.starts_with("class-") && s.len() > 6 && !s.contains(' '))
            .map(String::from)
            .collect();
        ids.extend(COLUMNS.iter().map(|c| c.to_string()));
        ids.extend(
            [
                "report-status-not-started",
                "report-status-started",
                "report-status-done",
                "report-no-learners",
                "lrs-bad-url",
                "lrs-unauthorized",
                "lrs-forbidden",
                "lrs-conflict",
                "lrs-server",
                "lrs-rejected",
                "lrs-timeout",
                "lrs-unreachable",
                "cert-title",
                "cert-intro",
                "cert-completed",
                "cert-no-modules",
                "cert-lessons",
                "cert-date",
                "cert-given",
                "cert-given-no-centre",
                "cert-signature",
                "pin-current",
                "pin-new",
                "pin-again",
                "pin-invalid",
                "pin-mismatch",
                "pin-set",
                "pin-wrong",
                "pin-locked",
                "pin-reset",
                "pin-none",
            ]
            .map(String::from),
        );
        ids.sort();
        ids.dedup();
        assert!(ids.len() > 10, "{ids:?}");
        assert_eq!(crate::i18n::missing_ui_messages(&ids), Vec::<String>::new());
    }
}
