//! The command line, built with clap's builder so that every word of help, usage and errors
//! comes from the localizer, clap's own English included. Parsing only: what each command
//! does lives in `commands/`.

use std::path::PathBuf;

use clap::{Arg, ArgAction, Command, value_parser};

use crate::i18n::{Args, Localizer};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Invocation {
    Run {
        data_dir: Option<PathBuf>,
        pack: Option<PathBuf>,
        ascii: bool,
    },
    Check {
        path: Option<PathBuf>,
        format: Format,
    },
    Lessons {
        path: Option<PathBuf>,
        format: Format,
    },
    /// `preview PATH`: a pack or one lesson of it, reloaded as its files change.
    Preview {
        path: PathBuf,
        ascii: bool,
    },
    PhotoCheck {
        files: Vec<PathBuf>,
        platform: String,
        format: Format,
    },
    NewLesson {
        id: String,
        pack: PathBuf,
    },
    Pack {
        action: crate::commands::pack::Action,
        data_dir: Option<PathBuf>,
    },
    Coverage {
        path: Option<PathBuf>,
        format: Format,
        mark_current: bool,
    },
    NewLanguage {
        tag: String,
        pack: PathBuf,
    },
    Class {
        data_dir: Option<PathBuf>,
        command: ClassCommand,
    },
    /// `export listing --profile NAME [--out FILE]`.
    ExportListing {
        data_dir: Option<PathBuf>,
        profile: String,
        out: Option<PathBuf>,
    },
}

/// `chophien class …`: what a trainer does with a whole class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClassCommand {
    Export {
        out: PathBuf,
        format: ExportFormat,
    },
    Import {
        files: Vec<PathBuf>,
    },
    Report {
        format: ReportFormat,
        out: Option<PathBuf>,
        pack: Option<PathBuf>,
    },
    Send {
        lrs: String,
        user: Option<String>,
        password_file: Option<PathBuf>,
        timeout_secs: u64,
    },
    Certificate {
        profile: String,
        out: Option<PathBuf>,
        pack: Option<PathBuf>,
        /// `YYYY-MM-DD`; today when None.
        date: Option<String>,
    },
    SetCentre {
        name: String,
    },
    SetPin,
    ResetPin,
}

/// What `class export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// The class file that `class import` reads.
    Class,
    /// xAPI statements (a JSON array).
    Xapi,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cli {
    pub lang: Option<String>,
    pub invocation: Invocation,
}

/// Finds `--lang` before clap runs, so that clap's help can already be localized.
pub(crate) fn early_lang(args: &[String]) -> Option<String> {
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if let Some(v) = arg.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
        if arg == "--lang" {
            return iter.next().cloned();
        }
    }
    None
}

/// Every interface message the command line uses: each shipped language must have them all.
#[cfg(test)]
pub(crate) const MESSAGES: &[&str] = &[
    "cli-about",
    "cli-data-dir",
    "cli-pack",
    "cli-lang",
    "cli-ascii",
    "cli-check-about",
    "cli-check-path",
    "cli-format",
    "cli-lessons-about",
    "cli-preview-about",
    "cli-preview-path",
    "preview-no-folder",
    "cli-error",
    "cli-usage-line",
    "cli-commands-heading",
    "cli-arguments-heading",
    "cli-options-heading",
    "cli-help",
    "cli-version",
    "cli-value-options",
    "cli-value-command",
    "cli-value-lang",
    "cli-value-folder",
    "cli-value-format",
    "cli-value-file",
    "cli-value-platform",
    "cli-photo-check-about",
    "cli-photo-check-files",
    "cli-photo-check-platform",
    "cli-err-unknown-argument",
    "cli-err-unknown-command",
    "cli-err-invalid-value",
    "cli-err-missing-value",
    "cli-err-used-twice",
    "cli-err-conflict",
    "cli-err-other",
    "cli-err-other-plain",
    "cli-err-valid-values",
    "cli-err-suggest",
    "cli-err-more",
    "cli-lang-unknown",
    "cli-export-about",
    "cli-export-listing-about",
    "cli-export-profile",
    "cli-export-out",
    "cli-value-name",
    "cli-pack-about",
    "cli-pack-add-about",
    "cli-pack-add-path",
    "cli-pack-list-about",
    "cli-pack-remove-about",
    "cli-pack-remove-id",
    "pack-list-empty",
    "pack-list-line",
    "pack-removed",
    "pack-added",
    "pack-err-unreadable",
    "pack-err-unsafe-entry",
    "pack-err-too-many",
    "pack-err-too-large",
    "pack-err-no-course",
    "pack-err-bad-id",
    "pack-err-check",
    "pack-err-write",
    "pack-err-not-installed",
    "pack-err-ids-taken",
    "cli-coverage-about",
    "cli-coverage-mark-current",
    "coverage-header",
    "coverage-course-texts",
    "coverage-stale-count",
    "coverage-missing",
    "coverage-stale",
    "coverage-marked",
    "coverage-mark-needs-path",
    "coverage-side-file-comment",
    "cli-new-about",
    "cli-new-lesson-about",
    "cli-new-language-about",
    "cli-new-lesson-id",
    "cli-new-language-tag",
    "cli-new-pack",
    "cli-value-id",
    "new-unreadable",
    "new-cannot-write",
    "new-no-course",
    "new-course-broken",
    "new-bad-id",
    "new-no-module",
    "new-exists",
    "new-bad-tag",
    "new-language-exists",
    "new-lesson-done",
    "new-language-done",
    "new-language-name-comment",
    "new-language-file-header",
];

/// The options that take a value, so that `help` is found among the words that are not.
const TAKES_VALUE: [&str; 7] = [
    "--lang",
    "--data-dir",
    "--pack",
    "--format",
    "--platform",
    "--profile",
    "--out",
];

/// The command line with all of clap's own words replaced by the localizer's: the help
/// layout (usage line, section headings), the value names, the help and version flags, and
/// the defaults and choices written into our own descriptions instead of clap's English
/// "[default: …]" and "[possible values: …]". Clap's `help` subcommand is off; `parse` turns
/// `chophien help [COMMAND]` into `--help`.
pub(crate) fn command(loc: &Localizer) -> Command {
    let options = loc.text("cli-options-heading");
    let folder = loc.text("cli-value-folder");
    let usage = |command: &str, positional: &str| {
        format!(
            "chophien{command} [{}] [{positional}]",
            loc.text("cli-value-options")
        )
    };
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help(loc.text("cli-help"));
    let localized = |command: Command, usage: String| {
        command
            .help_template(template(loc))
            .override_usage(usage)
            .disable_help_flag(true)
            .disable_version_flag(true)
            .next_help_heading(options.clone())
    };
    let format = Arg::new("format")
        .long("format")
        .value_name(loc.text("cli-value-format"))
        .value_parser(["text", "json"])
        .default_value("text")
        .hide_possible_values(true)
        .hide_default_value(true)
        .help(loc.text("cli-format"));
    let path = |help: &str| {
        Arg::new("path")
            .value_name(folder.clone())
            .value_parser(value_parser!(PathBuf))
            .help_heading(loc.text("cli-arguments-heading"))
            .help(loc.text(help))
    };
    let subcommand = |name: &'static str, about: &str| {
        localized(Command::new(name), usage(&format!(" {name}"), &folder))
            .about(loc.text(about))
            .arg(path("cli-check-path"))
            .arg(format.clone())
            .arg(help.clone())
    };
    localized(
        Command::new("chophien"),
        usage("", &loc.text("cli-value-command")),
    )
    .version(env!("CARGO_PKG_VERSION"))
    .about(loc.text("cli-about"))
    .disable_help_subcommand(true)
    .subcommand_help_heading(loc.text("cli-commands-heading"))
    .arg(
        Arg::new("lang")
            .long("lang")
            .value_name(loc.text("cli-value-lang"))
            .global(true)
            .action(ArgAction::Set)
            .help(loc.text("cli-lang")),
    )
    .arg(
        Arg::new("data-dir")
            .long("data-dir")
            .global(true)
            .value_name(folder.clone())
            .value_parser(value_parser!(PathBuf))
            .help(loc.text("cli-data-dir")),
    )
    .arg(
        Arg::new("pack")
            .long("pack")
            .value_name(folder.clone())
            .value_parser(value_parser!(PathBuf))
            .help(loc.text("cli-pack")),
    )
    .arg(
        Arg::new("ascii")
            .long("ascii")
            .action(ArgAction::SetTrue)
            .help(loc.text("cli-ascii")),
    )
    .arg(help.clone())
    .arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(loc.text("cli-version")),
    )
    .subcommand(subcommand("check", "cli-check-about"))
    .subcommand(subcommand("lessons", "cli-lessons-about"))
    .subcommand(
        localized(
            Command::new("preview"),
            format!(
                "chophien preview [{}] <{folder}>",
                loc.text("cli-value-options")
            ),
        )
        .about(loc.text("cli-preview-about"))
        .arg(
            Arg::new("path")
                .required(true)
                .value_name(folder.clone())
                .value_parser(value_parser!(PathBuf))
                .help_heading(loc.text("cli-arguments-heading"))
                .help(loc.text("cli-preview-path")),
        )
        .arg(help.clone()),
    )
    .subcommand(
        subcommand("coverage", "cli-coverage-about").arg(
            Arg::new("mark-current")
                .long("mark-current")
                .action(ArgAction::SetTrue)
                .help(loc.text("cli-coverage-mark-current")),
        ),
    )
    .subcommand(new_command(loc, &help))
    .subcommand(pack_command(loc, &help))
    .subcommand(
        localized(
            Command::new("photo-check"),
            format!(
                "chophien photo-check [{}] <{}>...",
                loc.text("cli-value-options"),
                loc.text("cli-value-file")
            ),
        )
        .about(loc.text("cli-photo-check-about"))
        .arg(
            Arg::new("files")
                .required(true)
                .num_args(1..)
                .value_name(loc.text("cli-value-file"))
                .value_parser(value_parser!(PathBuf))
                .help_heading(loc.text("cli-arguments-heading"))
                .help(loc.text("cli-photo-check-files")),
        )
        .arg(
            Arg::new("platform")
                .long("platform")
                .value_name(loc.text("cli-value-platform"))
                .value_parser(crate::commands::photo_check::PLATFORMS.to_vec())
                .default_value(crate::commands::photo_check::PLATFORMS[0])
                .hide_possible_values(true)
                .hide_default_value(true)
                .help(loc.text("cli-photo-check-platform")),
        )
        .arg(format)
        .arg(help.clone()),
    )
    .subcommand(
        localized(
            Command::new("export"),
            format!(
                "chophien export listing [{}]",
                loc.text("cli-value-options")
            ),
        )
        .about(loc.text("cli-export-about"))
        .subcommand_required(true)
        .arg(help.clone())
        .subcommand(
            localized(
                Command::new("listing"),
                format!(
                    "chophien export listing --profile <{}> [--out <{}>]",
                    loc.text("cli-value-name"),
                    loc.text("cli-value-file")
                ),
            )
            .about(loc.text("cli-export-listing-about"))
            .arg(
                Arg::new("profile")
                    .long("profile")
                    .required(true)
                    .value_name(loc.text("cli-value-name"))
                    .help(loc.text("cli-export-profile")),
            )
            .arg(
                Arg::new("out")
                    .long("out")
                    .value_name(loc.text("cli-value-file"))
                    .value_parser(value_parser!(PathBuf))
                    .help(loc.text("cli-export-out")),
            )
            .arg(help),
        ),
    )
    .subcommand(class_command(loc))
}

/// `chophien class …`, each command with the localized help layout.
fn class_command(loc: &Localizer) -> Command {
    let localized = |command: Command| localize(loc, command);
    let pack = Arg::new("pack")
        .long("pack")
        .value_parser(value_parser!(PathBuf))
        .help(loc.text("cli-class-pack"));
    let out = Arg::new("out")
        .long("out")
        .value_parser(value_parser!(PathBuf))
        .help(loc.text("cli-class-out"));
    localized(Command::new("class"))
        .about(loc.text("cli-class-about"))
        .subcommand_required(true)
        .subcommand(
            localized(Command::new("export"))
                .about(loc.text("cli-class-export-about"))
                .arg(out.clone().required(true))
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_parser(["class", "xapi"])
                        .default_value("class")
                        .help(loc.text("cli-class-export-format")),
                ),
        )
        .subcommand(
            localized(Command::new("report"))
                .about(loc.text("cli-class-report-about"))
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_parser(["table", "csv", "json"])
                        .default_value("table")
                        .help(loc.text("cli-class-report-format")),
                )
                .arg(out.clone().help(loc.text("cli-class-report-out")))
                .arg(pack.clone()),
        )
        .subcommand(
            localized(Command::new("send"))
                .about(loc.text("cli-class-send-about"))
                .arg(
                    Arg::new("lrs")
                        .long("lrs")
                        .required(true)
                        .help(loc.text("cli-class-send-lrs")),
                )
                .arg(
                    Arg::new("user")
                        .long("user")
                        .requires("password-file")
                        .help(loc.text("cli-class-send-user")),
                )
                .arg(
                    Arg::new("password-file")
                        .long("password-file")
                        .requires("user")
                        .value_parser(value_parser!(PathBuf))
                        .help(loc.text("cli-class-send-password-file")),
                )
                .arg(
                    Arg::new("timeout")
                        .long("timeout")
                        .value_parser(value_parser!(u64).range(1..=3600))
                        .default_value("30")
                        .help(loc.text("cli-class-send-timeout")),
                ),
        )
        .subcommand(
            localized(Command::new("certificate"))
                .about(loc.text("cli-class-certificate-about"))
                .arg(
                    Arg::new("profile")
                        .long("profile")
                        .required(true)
                        .help(loc.text("cli-class-certificate-profile")),
                )
                .arg(out.clone().help(loc.text("cli-class-certificate-out")))
                .arg(pack.clone())
                .arg(
                    Arg::new("date")
                        .long("date")
                        .help(loc.text("cli-class-certificate-date")),
                ),
        )
        .subcommand(localized(Command::new("set-pin")).about(loc.text("cli-class-set-pin-about")))
        .subcommand(
            localized(Command::new("reset-pin")).about(loc.text("cli-class-reset-pin-about")),
        )
        .subcommand(
            localized(Command::new("set-centre"))
                .about(loc.text("cli-class-set-centre-about"))
                .arg(
                    Arg::new("name")
                        .required(true)
                        .help(loc.text("cli-class-set-centre-name")),
                ),
        )
        .subcommand(
            localized(Command::new("import"))
                .about(loc.text("cli-class-import-about"))
                .arg(
                    Arg::new("files")
                        .required(true)
                        .num_args(1..)
                        .value_parser(value_parser!(PathBuf))
                        .help(loc.text("cli-class-files")),
                ),
        )
}

fn class_invocation(m: &clap::ArgMatches) -> Option<ClassCommand> {
    let path = |m: &clap::ArgMatches, id: &str| m.get_one::<PathBuf>(id).cloned();
    Some(match m.subcommand()? {
        ("export", m) => ClassCommand::Export {
            out: path(m, "out")?,
            format: match m.get_one::<String>("format").map(String::as_str) {
                Some("xapi") => ExportFormat::Xapi,
                _ => ExportFormat::Class,
            },
        },
        ("report", m) => ClassCommand::Report {
            format: match m.get_one::<String>("format").map(String::as_str) {
                Some("csv") => ReportFormat::Csv,
                Some("json") => ReportFormat::Json,
                _ => ReportFormat::Table,
            },
            out: path(m, "out"),
            pack: path(m, "pack"),
        },
        ("import", m) => ClassCommand::Import {
            files: m
                .get_many::<PathBuf>("files")
                .map(|v| v.cloned().collect())
                .unwrap_or_default(),
        },
        ("send", m) => ClassCommand::Send {
            lrs: m.get_one::<String>("lrs")?.clone(),
            user: m.get_one::<String>("user").cloned(),
            password_file: path(m, "password-file"),
            timeout_secs: m.get_one::<u64>("timeout").copied().unwrap_or(30),
        },
        ("certificate", m) => ClassCommand::Certificate {
            profile: m.get_one::<String>("profile")?.clone(),
            out: path(m, "out"),
            pack: path(m, "pack"),
            date: m.get_one::<String>("date").cloned(),
        },
        ("set-pin", _) => ClassCommand::SetPin,
        ("reset-pin", _) => ClassCommand::ResetPin,
        ("set-centre", m) => ClassCommand::SetCentre {
            name: m.get_one::<String>("name")?.clone(),
        },
        _ => return None,
    })
}

/// A subcommand with the localized help layout, headings and help flag.
fn localize(loc: &Localizer, command: Command) -> Command {
    command
        .help_template(template(loc))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .subcommand_help_heading(loc.text("cli-commands-heading"))
        .subcommand_value_name(loc.text("cli-value-command"))
        .next_help_heading(loc.text("cli-options-heading"))
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(loc.text("cli-help")),
        )
}

/// `chophien pack add PATH`, `pack list`, `pack remove ID`, each with `--data-dir`.
fn pack_command(loc: &Localizer, help: &Arg) -> Command {
    let options = loc.text("cli-value-options");
    let localized = |command: Command, usage: String| {
        command
            .help_template(template(loc))
            .override_usage(usage)
            .disable_help_flag(true)
            .disable_version_flag(true)
            .next_help_heading(loc.text("cli-options-heading"))
    };
    let data_dir = Arg::new("data-dir")
        .long("data-dir")
        .value_name(loc.text("cli-value-folder"))
        .value_parser(value_parser!(PathBuf))
        .help(loc.text("cli-data-dir"));
    let leaf = |name: &'static str, about: &str, value: Option<(String, &str)>| {
        let shown = value
            .as_ref()
            .map(|(v, _)| format!(" <{v}>"))
            .unwrap_or_default();
        let mut command = localized(
            Command::new(name),
            format!("chophien pack {name} [{options}]{shown}"),
        )
        .about(loc.text(about))
        .arg(data_dir.clone())
        .arg(help.clone());
        if let Some((value, value_help)) = value {
            command = command.arg(
                Arg::new("value")
                    .required(true)
                    .value_name(value)
                    .help_heading(loc.text("cli-arguments-heading"))
                    .help(loc.text(value_help)),
            );
        }
        command
    };
    localized(
        Command::new("pack"),
        format!(
            "chophien pack [{options}] <{}>",
            loc.text("cli-value-command")
        ),
    )
    .about(loc.text("cli-pack-about"))
    .subcommand_help_heading(loc.text("cli-commands-heading"))
    .subcommand_required(true)
    .arg(help.clone())
    .subcommand(leaf(
        "add",
        "cli-pack-add-about",
        Some((loc.text("cli-value-folder"), "cli-pack-add-path")),
    ))
    .subcommand(leaf("list", "cli-pack-list-about", None))
    .subcommand(leaf(
        "remove",
        "cli-pack-remove-about",
        Some((loc.text("cli-value-id"), "cli-pack-remove-id")),
    ))
}

/// `chophien new lesson ID [--pack FOLDER]` and `chophien new language TAG [--pack FOLDER]`.
fn new_command(loc: &Localizer, help: &Arg) -> Command {
    let options = loc.text("cli-value-options");
    let localized = |command: Command, usage: String| {
        command
            .help_template(template(loc))
            .override_usage(usage)
            .disable_help_flag(true)
            .disable_version_flag(true)
            .next_help_heading(loc.text("cli-options-heading"))
    };
    let leaf = |name: &'static str, about: &str, value: String, value_help: &str| {
        localized(
            Command::new(name),
            format!("chophien new {name} [{options}] <{value}>"),
        )
        .about(loc.text(about))
        .arg(
            Arg::new("value")
                .required(true)
                .value_name(value)
                .help_heading(loc.text("cli-arguments-heading"))
                .help(loc.text(value_help)),
        )
        .arg(
            Arg::new("pack")
                .long("pack")
                .value_name(loc.text("cli-value-folder"))
                .value_parser(value_parser!(PathBuf))
                .help(loc.text("cli-new-pack")),
        )
        .arg(help.clone())
    };
    localized(
        Command::new("new"),
        format!(
            "chophien new [{options}] <{}>",
            loc.text("cli-value-command")
        ),
    )
    .about(loc.text("cli-new-about"))
    .subcommand_help_heading(loc.text("cli-commands-heading"))
    .subcommand_required(true)
    .arg(help.clone())
    .subcommand(leaf(
        "lesson",
        "cli-new-lesson-about",
        loc.text("cli-value-id"),
        "cli-new-lesson-id",
    ))
    .subcommand(leaf(
        "language",
        "cli-new-language-about",
        loc.text("cli-value-lang"),
        "cli-new-language-tag",
    ))
}

/// Clap's default help layout, with the usage line from the localizer.
fn template(loc: &Localizer) -> String {
    let mut args = Args::new();
    args.set("usage", "{usage}");
    format!(
        "{{before-help}}{{about-with-newline}}\n{}\n\n{{all-args}}{{after-help}}",
        loc.text_with("cli-usage-line", &args)
    )
}

/// `chophien [OPTIONS] help [COMMAND]` becomes `chophien [OPTIONS] [COMMAND] --help`.
fn help_as_flag(args: &[String]) -> Vec<String> {
    let mut iter = args.iter().enumerate().skip(1);
    while let Some((i, arg)) = iter.next() {
        if TAKES_VALUE.contains(&arg.as_str()) {
            iter.next();
        } else if arg == "--" {
            break;
        } else if !arg.starts_with('-') {
            if arg != "help" {
                break;
            }
            let mut out: Vec<String> = args[..i].to_vec();
            out.extend(args[i + 1..].iter().cloned());
            out.push("--help".into());
            return out;
        }
    }
    args.to_vec()
}

/// Parses `args` (including the program name). Help and the version come back as errors of
/// their kind, to be printed as they are; for real errors see [`error_message`].
pub(crate) fn parse(loc: &Localizer, args: &[String]) -> Result<Cli, clap::Error> {
    // Every command's help in the learner's language was a quarter of the work of a start,
    // and is shown only for help or a mistake: the arguments are read first with the
    // messages' ids for text, and again with the words only when something is to be shown.
    let ids = Localizer::new(&[], |_| None);
    parse_with(&ids, args).or_else(|_| parse_with(loc, args))
}

fn parse_with(loc: &Localizer, args: &[String]) -> Result<Cli, clap::Error> {
    let matches = command(loc).try_get_matches_from(help_as_flag(args))?;
    let lang = matches.get_one::<String>("lang").cloned();
    let format_of = |m: &clap::ArgMatches| match m.get_one::<String>("format").map(String::as_str) {
        Some("json") => Format::Json,
        _ => Format::Text,
    };
    let invocation = match matches.subcommand() {
        Some(("check", m)) => Invocation::Check {
            path: m.get_one::<PathBuf>("path").cloned(),
            format: format_of(m),
        },
        Some(("lessons", m)) => Invocation::Lessons {
            path: m.get_one::<PathBuf>("path").cloned(),
            format: format_of(m),
        },
        Some(("preview", m)) => Invocation::Preview {
            path: m.get_one::<PathBuf>("path").cloned().unwrap_or_default(),
            ascii: matches.get_flag("ascii"),
        },
        Some(("photo-check", m)) => Invocation::PhotoCheck {
            files: m
                .get_many::<PathBuf>("files")
                .map(|files| files.cloned().collect())
                .unwrap_or_default(),
            platform: m.get_one::<String>("platform").cloned().unwrap_or_default(),
            format: format_of(m),
        },
        Some(("class", m)) => match class_invocation(m) {
            Some(command) => Invocation::Class {
                data_dir: matches.get_one::<PathBuf>("data-dir").cloned(),
                command,
            },
            None => {
                return Err(command(loc).error(clap::error::ErrorKind::MissingSubcommand, "class"));
            }
        },
        Some(("export", m)) => {
            let listing = m.subcommand_matches("listing");
            let get = |id: &str| listing.and_then(|l| l.get_one::<PathBuf>(id).cloned());
            Invocation::ExportListing {
                data_dir: get("data-dir")
                    .or_else(|| matches.get_one::<PathBuf>("data-dir").cloned()),
                profile: listing
                    .and_then(|l| l.get_one::<String>("profile").cloned())
                    .unwrap_or_default(),
                out: get("out"),
            }
        }
        Some(("pack", m)) => {
            use crate::commands::pack::Action;
            let (action, sub) = match m.subcommand() {
                Some(("add", s)) => (
                    Action::Add(PathBuf::from(
                        s.get_one::<String>("value").cloned().unwrap_or_default(),
                    )),
                    Some(s),
                ),
                Some(("remove", s)) => (
                    Action::Remove(s.get_one::<String>("value").cloned().unwrap_or_default()),
                    Some(s),
                ),
                Some((_, s)) => (Action::List, Some(s)),
                None => (Action::List, None),
            };
            Invocation::Pack {
                action,
                data_dir: sub.and_then(|s| s.get_one::<PathBuf>("data-dir").cloned()),
            }
        }
        Some(("coverage", m)) => Invocation::Coverage {
            path: m.get_one::<PathBuf>("path").cloned(),
            format: format_of(m),
            mark_current: m.get_flag("mark-current"),
        },
        Some(("new", m)) => {
            let value =
                |m: &clap::ArgMatches| m.get_one::<String>("value").cloned().unwrap_or_default();
            let pack = |m: &clap::ArgMatches| {
                m.get_one::<PathBuf>("pack")
                    .cloned()
                    .unwrap_or_else(|| PathBuf::from("."))
            };
            match m.subcommand() {
                Some(("language", m)) => Invocation::NewLanguage {
                    tag: value(m),
                    pack: pack(m),
                },
                Some((_, m)) => Invocation::NewLesson {
                    id: value(m),
                    pack: pack(m),
                },
                None => Invocation::NewLesson {
                    id: String::new(),
                    pack: PathBuf::from("."),
                },
            }
        }
        _ => Invocation::Run {
            data_dir: matches.get_one::<PathBuf>("data-dir").cloned(),
            pack: matches.get_one::<PathBuf>("pack").cloned(),
            ascii: matches.get_flag("ascii"),
        },
    };
    Ok(Cli { lang, invocation })
}

/// A refused command line, said in the interface language: what is wrong, the values that
/// would do or the likely meant word, the usage, and how to get help. Clap's own English
/// message is never shown; what the user typed is shown with control characters made visible.
pub(crate) fn error_message(loc: &Localizer, error: &clap::Error) -> String {
    use clap::error::{ContextKind, ErrorKind};

    let get = |kind| {
        error
            .get(kind)
            .map(|value| crate::text::clean_line(&value.to_string()))
            .filter(|value| !value.is_empty())
    };
    let say = |id: &str, pairs: &[(&'static str, Option<String>)]| {
        let mut args = Args::new();
        for (name, value) in pairs {
            args.set(*name, value.clone().unwrap_or_default());
        }
        loc.text_with(id, &args)
    };
    let arg = get(ContextKind::InvalidArg);
    let detail = match error.kind() {
        ErrorKind::UnknownArgument if arg.is_some() => {
            say("cli-err-unknown-argument", &[("arg", arg)])
        }
        ErrorKind::InvalidSubcommand => say(
            "cli-err-unknown-command",
            &[("arg", get(ContextKind::InvalidSubcommand))],
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            match get(ContextKind::InvalidValue) {
                Some(value) => say(
                    "cli-err-invalid-value",
                    &[("arg", arg), ("value", Some(value))],
                ),
                None => say("cli-err-missing-value", &[("arg", arg)]),
            }
        }
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg);
            if other.is_none() || other == arg {
                say("cli-err-used-twice", &[("arg", arg)])
            } else {
                say("cli-err-conflict", &[("arg", arg), ("other", other)])
            }
        }
        _ if arg.is_some() => say("cli-err-other", &[("arg", arg)]),
        _ => loc.text("cli-err-other-plain"),
    };
    let mut lines = vec![say("cli-error", &[("detail", Some(detail))])];
    if matches!(error.kind(), ErrorKind::InvalidValue)
        && let Some(values) = get(ContextKind::ValidValue)
    {
        lines.push(say("cli-err-valid-values", &[("values", Some(values))]));
    }
    let suggestion = get(ContextKind::SuggestedArg)
        .or_else(|| get(ContextKind::SuggestedSubcommand))
        .or_else(|| get(ContextKind::SuggestedValue));
    if suggestion.is_some() {
        lines.push(say("cli-err-suggest", &[("suggestion", suggestion)]));
    }
    // The usage is ours (override_usage) behind clap's fixed "Usage: " title.
    if let Some(usage) = get(ContextKind::Usage)
        && let Some(usage) = usage.strip_prefix("Usage: ")
    {
        lines.push(String::new());
        lines.push(say("cli-usage-line", &[("usage", Some(usage.to_string()))]));
    }
    lines.push(String::new());
    lines.push(say(
        "cli-err-more",
        &[("command", Some("chophien --help".to_string()))],
    ));
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Languages, ui_localizer};
    use crate::source::Files;

    fn parse_args(args: &[&str]) -> Result<Cli, clap::Error> {
        let files = Files::embedded_locales();
        let languages = Languages::load(&files, &mut Vec::new());
        let loc = ui_localizer(&files, &languages, "en");
        let args: Vec<String> = std::iter::once("chophien")
            .chain(args.iter().copied())
            .map(String::from)
            .collect();
        parse(&loc, &args)
    }

    #[test]
    fn every_option_of_the_tutor_parses() {
        let cli = parse_args(&["--lang", "en", "--data-dir", "d", "--pack", "p", "--ascii"])
            .expect("parses");
        assert_eq!(cli.lang.as_deref(), Some("en"));
        assert_eq!(
            cli.invocation,
            Invocation::Run {
                data_dir: Some("d".into()),
                pack: Some("p".into()),
                ascii: true
            }
        );
    }

    #[test]
    fn check_and_lessons_take_a_path_and_a_format() {
        let cli = parse_args(&["check", "--format", "json", "pack"]).expect("parses");
        assert_eq!(
            cli.invocation,
            Invocation::Check {
                path: Some("pack".into()),
                format: Format::Json
            }
        );
        let cli = parse_args(&["lessons"]).expect("parses");
        assert_eq!(
            cli.invocation,
            Invocation::Lessons {
                path: None,
                format: Format::Text
            }
        );
        assert!(parse_args(&["check", "--format", "xml"]).is_err());
    }

    #[test]
    fn photo_check_takes_files_a_platform_and_a_format() {
        let cli =
            parse_args(&["photo-check", "a.jpg", "b.png", "--format", "json"]).expect("parses");
        assert_eq!(
            cli.invocation,
            Invocation::PhotoCheck {
                files: vec!["a.jpg".into(), "b.png".into()],
                platform: "tiktok-shop".into(),
                format: Format::Json
            }
        );
        assert!(parse_args(&["photo-check"]).is_err());
        assert!(parse_args(&["photo-check", "--platform", "nowhere", "a.jpg"]).is_err());
    }

    #[test]
    fn new_takes_an_id_or_a_tag_and_a_pack_folder() {
        let cli = parse_args(&["new", "lesson", "pack-tea", "--pack", "p"]).expect("parses");
        assert_eq!(
            cli.invocation,
            Invocation::NewLesson {
                id: "pack-tea".into(),
                pack: "p".into()
            }
        );
        let cli = parse_args(&["new", "language", "hnj-Latn-VN"]).expect("parses");
        assert_eq!(
            cli.invocation,
            Invocation::NewLanguage {
                tag: "hnj-Latn-VN".into(),
                pack: ".".into()
            }
        );
        assert!(parse_args(&["new"]).is_err());
        assert!(parse_args(&["new", "lesson"]).is_err());
    }

    #[test]
    fn preview_takes_one_folder() {
        let cli = parse_args(&["--ascii", "preview", "pack/tea"]).expect("parses");
        assert_eq!(
            cli.invocation,
            Invocation::Preview {
                path: "pack/tea".into(),
                ascii: true
            }
        );
        assert!(parse_args(&["preview"]).is_err());
    }

    #[test]
    fn lang_is_found_before_clap_runs() {
        let args: Vec<String> = ["chophien", "check", "--lang=vi"]
            .map(String::from)
            .to_vec();
        assert_eq!(early_lang(&args).as_deref(), Some("vi"));
    }

    #[test]
    fn every_message_of_the_command_line_is_in_every_shipped_language() {
        let ids: Vec<String> = MESSAGES.iter().map(|id| id.to_string()).collect();
        assert_eq!(crate::i18n::missing_ui_messages(&ids), Vec::<String>::new());
    }

    #[test]
    fn help_as_a_command_becomes_the_help_flag() {
        let args = |list: &[&str]| -> Vec<String> { list.iter().map(|a| a.to_string()).collect() };
        assert_eq!(
            help_as_flag(&args(&["chophien", "--lang", "vi", "help", "check"])),
            args(&["chophien", "--lang", "vi", "check", "--help"])
        );
        assert_eq!(
            help_as_flag(&args(&["chophien", "help"])),
            args(&["chophien", "--help"])
        );
        // "help" as a value or after a command is left alone.
        for untouched in [
            &["chophien", "--pack", "help"][..],
            &["chophien", "check", "help"][..],
            &["chophien", "--", "help"][..],
        ] {
            assert_eq!(help_as_flag(&args(untouched)), args(untouched));
        }
    }

    #[test]
    fn errors_are_said_in_the_interface_language_only() {
        let files = Files::embedded_locales();
        let languages = Languages::load(&files, &mut Vec::new());
        let loc = ui_localizer(&files, &languages, "vi");
        let args: Vec<String> = ["chophien", "--bogus"].map(String::from).to_vec();
        let error = parse(&loc, &args).expect_err("refused");
        let message = error_message(&loc, &error);
        assert!(
            message.starts_with("Lỗi: không hiểu tham số \"--bogus\"."),
            "{message}"
        );
        assert!(
            message.contains("Cách dùng: chophien [TUỲ-CHỌN] [LỆNH]"),
            "{message}"
        );
        for english in ["error", "Usage", "unexpected", "tip", "For more", "try"] {
            assert!(!message.contains(english), "{english:?} in {message}");
        }
    }
}
