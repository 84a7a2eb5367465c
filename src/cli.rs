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
    PhotoCheck {
        files: Vec<PathBuf>,
        platform: String,
        format: Format,
    },
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
                .arg(format.clone()),
        )
        .subcommand(
            Command::new("photo-check")
                .about(loc.text("cli-photo-check-about"))
                .arg(
                    Arg::new("files")
                        .required(true)
                        .num_args(1..)
                        .value_parser(value_parser!(PathBuf))
                        .help(loc.text("cli-photo-check-files")),
                )
                .arg(
                    Arg::new("platform")
                        .long("platform")
                        .value_parser(crate::commands::photo_check::PLATFORMS.to_vec())
                        .default_value(crate::commands::photo_check::PLATFORMS[0])
                        .help(loc.text("cli-photo-check-platform")),
                )
                .arg(format),
        )
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
        Some(("photo-check", m)) => Invocation::PhotoCheck {
            files: m
                .get_many::<PathBuf>("files")
                .map(|files| files.cloned().collect())
                .unwrap_or_default(),
            platform: m.get_one::<String>("platform").cloned().unwrap_or_default(),
            format: format_of(m),
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
    fn lang_is_found_before_clap_runs() {
        let args: Vec<String> = ["chophien", "check", "--lang=vi"]
            .map(String::from)
            .to_vec();
        assert_eq!(early_lang(&args).as_deref(), Some("vi"));
    }
}
