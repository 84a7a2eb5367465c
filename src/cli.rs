//! The command line, built with clap's builder so that every help text comes from the
//! localizer. Parsing only: what each command does lives in `commands/`.

use std::path::PathBuf;

use clap::{Arg, ArgAction, Command, value_parser};

use crate::i18n::Localizer;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invocation {
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
    Class {
        data_dir: Option<PathBuf>,
        command: ClassCommand,
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
pub struct Cli {
    pub lang: Option<String>,
    pub invocation: Invocation,
}

/// Finds `--lang` before clap runs, so that clap's help can already be localized.
pub fn early_lang(args: &[String]) -> Option<String> {
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

pub fn command(loc: &Localizer) -> Command {
    let format = Arg::new("format")
        .long("format")
        .value_parser(["text", "json"])
        .default_value("text")
        .help(loc.text("cli-format"));
    let path = |help: &str| {
        Arg::new("path")
            .value_parser(value_parser!(PathBuf))
            .help(loc.text(help))
    };
    Command::new("chophien")
        .version(env!("CARGO_PKG_VERSION"))
        .about(loc.text("cli-about"))
        .arg(
            Arg::new("lang")
                .long("lang")
                .global(true)
                .action(ArgAction::Set)
                .help(loc.text("cli-lang")),
        )
        .arg(
            Arg::new("data-dir")
                .long("data-dir")
                .global(true)
                .value_parser(value_parser!(PathBuf))
                .help(loc.text("cli-data-dir")),
        )
        .arg(
            Arg::new("pack")
                .long("pack")
                .value_parser(value_parser!(PathBuf))
                .help(loc.text("cli-pack")),
        )
        .arg(
            Arg::new("ascii")
                .long("ascii")
                .action(ArgAction::SetTrue)
                .help(loc.text("cli-ascii")),
        )
        .subcommand(
            Command::new("check")
                .about(loc.text("cli-check-about"))
                .arg(path("cli-check-path"))
                .arg(format.clone()),
        )
        .subcommand(
            Command::new("lessons")
                .about(loc.text("cli-lessons-about"))
                .arg(path("cli-check-path"))
                .arg(format),
        )
        .subcommand(class_command(loc))
}

fn class_command(loc: &Localizer) -> Command {
    let pack = Arg::new("pack")
        .long("pack")
        .value_parser(value_parser!(PathBuf))
        .help(loc.text("cli-class-pack"));
    let out = Arg::new("out")
        .long("out")
        .value_parser(value_parser!(PathBuf))
        .help(loc.text("cli-class-out"));
    Command::new("class")
        .about(loc.text("cli-class-about"))
        .subcommand_required(true)
        .subcommand(
            Command::new("export")
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
            Command::new("report")
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
            Command::new("send")
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
            Command::new("certificate")
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
        .subcommand(Command::new("set-pin").about(loc.text("cli-class-set-pin-about")))
        .subcommand(Command::new("reset-pin").about(loc.text("cli-class-reset-pin-about")))
        .subcommand(
            Command::new("set-centre")
                .about(loc.text("cli-class-set-centre-about"))
                .arg(
                    Arg::new("name")
                        .required(true)
                        .help(loc.text("cli-class-set-centre-name")),
                ),
        )
        .subcommand(
            Command::new("import")
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

/// Parses `args` (including the program name); clap prints help and usage errors itself.
pub fn parse(loc: &Localizer, args: &[String]) -> Result<Cli, clap::Error> {
    let matches = command(loc).try_get_matches_from(args)?;
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
        Some(("class", m)) => match class_invocation(m) {
            Some(command) => Invocation::Class {
                data_dir: matches.get_one::<PathBuf>("data-dir").cloned(),
                command,
            },
            None => {
                return Err(command(loc).error(
                    clap::error::ErrorKind::MissingSubcommand,
                    loc.text("cli-class-about"),
                ));
            }
        },
        _ => Invocation::Run {
            data_dir: matches.get_one::<PathBuf>("data-dir").cloned(),
            pack: matches.get_one::<PathBuf>("pack").cloned(),
            ascii: matches.get_flag("ascii"),
        },
    };
    Ok(Cli { lang, invocation })
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
    fn class_commands_take_the_data_dir_anywhere() {
        let cli =
            parse_args(&["class", "export", "--out", "f.json", "--data-dir", "d"]).expect("parses");
        assert_eq!(
            cli.invocation,
            Invocation::Class {
                data_dir: Some("d".into()),
                command: ClassCommand::Export {
                    out: "f.json".into(),
                    format: ExportFormat::Class,
                }
            }
        );
        let cli = parse_args(&["--data-dir", "d", "class", "import", "a", "b"]).expect("parses");
        assert_eq!(
            cli.invocation,
            Invocation::Class {
                data_dir: Some("d".into()),
                command: ClassCommand::Import {
                    files: vec!["a".into(), "b".into()]
                }
            }
        );
        let cli = parse_args(&["class", "report", "--format", "csv"]).expect("parses");
        assert_eq!(
            cli.invocation,
            Invocation::Class {
                data_dir: None,
                command: ClassCommand::Report {
                    format: ReportFormat::Csv,
                    out: None,
                    pack: None
                }
            }
        );
        assert!(parse_args(&["class", "report", "--format", "xls"]).is_err());
        let cli = parse_args(&["class", "send", "--lrs", "http://h/xAPI/"]).expect("parses");
        assert!(matches!(
            cli.invocation,
            Invocation::Class {
                command: ClassCommand::Send {
                    timeout_secs: 30,
                    user: None,
                    ..
                },
                ..
            }
        ));
        assert!(parse_args(&["class", "send", "--lrs", "u", "--user", "x"]).is_err());
        assert!(parse_args(&["class"]).is_err());
        assert!(parse_args(&["class", "import"]).is_err());
    }

    #[test]
    fn lang_is_found_before_clap_runs() {
        let args: Vec<String> = ["chophien", "check", "--lang=vi"]
            .map(String::from)
            .to_vec();
        assert_eq!(early_lang(&args).as_deref(), Some("vi"));
    }
}
