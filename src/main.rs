//! The `chophien` binary: hands the command line to `commands::main` and returns its exit code.

fn main() -> std::process::ExitCode {
    chophien::commands::main(std::env::args().collect())
}
