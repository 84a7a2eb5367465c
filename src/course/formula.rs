//! Formulas in `[vars]` and in a number step's `answer`: a text that starts with `=`, as in a
//! spreadsheet (`cost_fee = "= cost + order_fee"`, `answer = "= price - cost_fee"`), so that a
//! number worked out from others follows them when a trainer changes one.
//!
//! A formula holds whole numbers, percentages (`15%` is 15/100), names of number variables,
//! `+ - * / ×` and `:` (division, as written in Vietnamese schools) and brackets. It is worked
//! out exactly, in fractions, and rounded to the nearest whole number (halves away from zero)
//! only at the end, so `(cost + fee) / (100% - 30%)` gives the same đồng as on paper.
//!
//! Written here rather than taken from a crate: the expression crates work in floating point
//! (which rounds money) and cannot say where in the text a mistake is, which `check` needs.

use std::collections::BTreeMap;

/// The longest formula read; a longer one is a mistake, not arithmetic.
const MAX_LEN: usize = 500;
/// The deepest nesting of brackets.
const MAX_DEPTH: usize = 32;

/// What is wrong with a formula, and where (a byte offset into the formula's text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    pub at: usize,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ProblemKind {
    /// Something that cannot be read here; `found` is what was there ("" at the end).
    Syntax { found: String },
    /// A number written with a dot or comma between thousands (`7.000`).
    GroupedNumber { written: String, plain: String },
    /// A name that is not a variable of the lesson.
    UnknownName { name: String },
    /// A variable that holds text, not a number.
    TextVariable { name: String },
    /// Division by zero.
    DivideByZero,
    /// A result too large for a whole number of đồng.
    TooBig,
    /// Variables that are worked out from each other in a circle.
    Cycle { names: Vec<String> },
    /// A use of a variable whose own formula is wrong, which is reported there.
    Reported,
}

impl ProblemKind {
    /// The kind as the diagnostic's `kind` argument.
    pub(crate) fn name(&self) -> &'static str {
        match self {
            ProblemKind::Syntax { found } if found.is_empty() => "syntax-end",
            ProblemKind::Syntax { .. } => "syntax",
            ProblemKind::GroupedNumber { .. } => "grouped-number",
            ProblemKind::UnknownName { .. } => "unknown-name",
            ProblemKind::TextVariable { .. } => "text-variable",
            ProblemKind::DivideByZero => "divide-by-zero",
            ProblemKind::TooBig => "too-big",
            ProblemKind::Cycle { .. } => "cycle",
            ProblemKind::Reported => "reported",
        }
    }

    /// The word or names the message shows.
    pub(crate) fn detail(&self) -> String {
        match self {
            ProblemKind::Syntax { found } => found.clone(),
            ProblemKind::GroupedNumber { written, plain } => format!("{written} → {plain}"),
            ProblemKind::UnknownName { name } | ProblemKind::TextVariable { name } => name.clone(),
            ProblemKind::Cycle { names } => names.join(" → "),
            ProblemKind::DivideByZero | ProblemKind::TooBig | ProblemKind::Reported => {
                String::new()
            }
        }
    }
}

/// True when a `[vars]` text or an `answer` is a formula.
pub(crate) fn is_formula(text: &str) -> bool {
    text.trim_start().starts_with('=')
}

/// An exact fraction; the denominator is always positive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fraction {
    num: i128,
    den: i128,
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

impl Fraction {
    fn whole(n: i128) -> Fraction {
        Fraction { num: n, den: 1 }
    }

    fn new(num: i128, den: i128) -> Option<Fraction> {
        if den == 0 {
            return None;
        }
        let g = gcd(num, den);
        let sign = if den < 0 { -1 } else { 1 };
        Some(Fraction {
            num: sign * (num / g),
            den: sign * (den / g),
        })
    }

    fn add(self, o: Fraction) -> Option<Fraction> {
        let num = self
            .num
            .checked_mul(o.den)?
            .checked_add(o.num.checked_mul(self.den)?)?;
        Fraction::new(num, self.den.checked_mul(o.den)?)
    }

    fn neg(self) -> Option<Fraction> {
        Some(Fraction {
            num: self.num.checked_neg()?,
            den: self.den,
        })
    }

    fn mul(self, o: Fraction) -> Option<Fraction> {
        Fraction::new(self.num.checked_mul(o.num)?, self.den.checked_mul(o.den)?)
    }

    /// Rounded to the nearest whole number, halves away from zero.
    fn round(self) -> Option<i64> {
        let twice = self.num.checked_mul(2)?;
        let rounded = if self.num >= 0 {
            (twice + self.den) / (2 * self.den)
        } else {
            (twice - self.den) / (2 * self.den)
        };
        i64::try_from(rounded).ok()
    }
}

/// Where a formula's names get their values.
pub(crate) trait Names {
    /// The value of `name`: `Ok(Some)` for a number, `Ok(None)` when it holds text, `Err` with
    /// the problem when it is unknown or cannot be worked out.
    fn value(&mut self, name: &str) -> Result<Option<i64>, ProblemKind>;

    /// True when `name` is declared, whatever its value.
    fn exists(&self, name: &str) -> bool;
}

struct Parser<'s, 'n, N: Names> {
    text: &'s str,
    pos: usize,
    depth: usize,
    names: &'n mut N,
    /// A name used here is wrong where it is declared: read on for this formula's own
    /// mistakes, but its value means nothing.
    poisoned: bool,
}

/// Works out `text` (with or without its leading `=`); offsets in problems are into `text`.
pub(crate) fn evaluate(text: &str, names: &mut impl Names) -> Result<i64, Problem> {
    if text.len() > MAX_LEN {
        return Err(Problem {
            at: MAX_LEN,
            kind: ProblemKind::TooBig,
        });
    }
    let start = text
        .find('=')
        .filter(|_| is_formula(text))
        .map_or(0, |i| i + 1);
    let mut p = Parser {
        text,
        pos: start,
        depth: 0,
        names,
        poisoned: false,
    };
    let value = p.sum();
    p.skip_spaces();
    let value = match value {
        Ok(_) if p.pos < text.len() => Err(p.syntax()),
        other => other,
    };
    if p.poisoned {
        return match value {
            Err(problem)
                if matches!(
                    problem.kind,
                    ProblemKind::Syntax { .. }
                        | ProblemKind::GroupedNumber { .. }
                        | ProblemKind::UnknownName { .. }
                        | ProblemKind::TextVariable { .. }
                ) =>
            {
                Err(problem)
            }
            _ => Err(Problem {
                at: start,
                kind: ProblemKind::Reported,
            }),
        };
    }
    value?.round().ok_or(Problem {
        at: start,
        kind: ProblemKind::TooBig,
    })
}

impl<N: Names> Parser<'_, '_, N> {
    fn skip_spaces(&mut self) {
        while let Some(c) = self.peek() {
            if !c.is_whitespace() {
                break;
            }
            self.pos += c.len_utf8();
        }
    }

    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn syntax(&self) -> Problem {
        let found: String = self.text[self.pos..]
            .chars()
            .take_while(|c| !c.is_whitespace())
            .take(12)
            .collect();
        Problem {
            at: self.pos,
            kind: ProblemKind::Syntax { found },
        }
    }

    fn too_big(&self, at: usize) -> Problem {
        Problem {
            at,
            kind: ProblemKind::TooBig,
        }
    }

    /// sum := product (('+' | '-') product)*
    fn sum(&mut self) -> Result<Fraction, Problem> {
        let mut value = self.product()?;
        loop {
            self.skip_spaces();
            let at = self.pos;
            match self.peek() {
                Some('+') => {
                    self.pos += 1;
                    let right = self.product()?;
                    value = value.add(right).ok_or(self.too_big(at))?;
                }
                Some(c @ ('-' | '−')) => {
                    self.pos += c.len_utf8();
                    let right = self.product()?.neg().ok_or(self.too_big(at))?;
                    value = value.add(right).ok_or(self.too_big(at))?;
                }
                _ => return Ok(value),
            }
        }
    }

    /// product := unary (('*' | '×' | '/' | ':') unary)*
    fn product(&mut self) -> Result<Fraction, Problem> {
        let mut value = self.unary()?;
        loop {
            self.skip_spaces();
            let at = self.pos;
            match self.peek() {
                Some(c @ ('*' | '×')) => {
                    self.pos += c.len_utf8();
                    let right = self.unary()?;
                    value = value.mul(right).ok_or(self.too_big(at))?;
                }
                Some(c @ ('/' | ':' | '÷')) => {
                    self.pos += c.len_utf8();
                    let right = self.unary()?;
                    if right.num == 0 {
                        return Err(Problem {
                            at,
                            kind: ProblemKind::DivideByZero,
                        });
                    }
                    let inverse = Fraction::new(right.den, right.num).ok_or(self.too_big(at))?;
                    value = value.mul(inverse).ok_or(self.too_big(at))?;
                }
                _ => return Ok(value),
            }
        }
    }

    /// unary := '-' unary | atom
    fn unary(&mut self) -> Result<Fraction, Problem> {
        self.skip_spaces();
        let at = self.pos;
        match self.peek() {
            Some(c @ ('-' | '−')) => {
                self.pos += c.len_utf8();
                self.unary()?.neg().ok_or(self.too_big(at))
            }
            _ => self.atom(),
        }
    }

    /// atom := number '%'? | name | '(' sum ')'
    fn atom(&mut self) -> Result<Fraction, Problem> {
        self.skip_spaces();
        let at = self.pos;
        match self.peek() {
            Some('(') => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(self.syntax());
                }
                self.pos += 1;
                let value = self.sum()?;
                self.skip_spaces();
                if self.peek() != Some(')') {
                    return Err(self.syntax());
                }
                self.pos += 1;
                self.depth -= 1;
                Ok(value)
            }
            Some(c) if c.is_ascii_digit() => self.number(at),
            Some(c) if c.is_ascii_alphabetic() => {
                let name = self.word();
                match self.names.value(&name) {
                    Ok(Some(n)) => Ok(Fraction::whole(i128::from(n))),
                    Ok(None) => Err(Problem {
                        at,
                        kind: ProblemKind::TextVariable { name },
                    }),
                    Err(ProblemKind::Reported) => {
                        self.poisoned = true;
                        Ok(Fraction::whole(1))
                    }
                    Err(kind) => Err(Problem { at, kind }),
                }
            }
            _ => Err(self.syntax()),
        }
    }

    /// A name. Names may hold '-', so `price-cost` is the longest declared name it starts
    /// with (`price`, then a minus), or the whole word when none is declared.
    fn word(&mut self) -> String {
        let rest = &self.text[self.pos..];
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(rest.len());
        let whole = rest[..len].trim_end_matches('-');
        let mut name = whole;
        while !self.names.exists(name) {
            match name.rfind('-') {
                Some(cut) => name = name[..cut].trim_end_matches('-'),
                None => {
                    name = whole;
                    break;
                }
            }
        }
        self.pos += name.len();
        name.to_string()
    }

    fn number(&mut self, at: usize) -> Result<Fraction, Problem> {
        let rest = &self.text[self.pos..];
        let len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(rest.len());
        let written = rest[..len].trim_end_matches(['.', ',']);
        self.pos += written.len();
        if written.contains(['.', ',']) {
            let plain: String = written.chars().filter(char::is_ascii_digit).collect();
            return Err(Problem {
                at,
                kind: ProblemKind::GroupedNumber {
                    written: written.to_string(),
                    plain,
                },
            });
        }
        let n: i128 = written.parse().map_err(|_| self.too_big(at))?;
        if n > i128::from(i64::MAX) {
            return Err(self.too_big(at));
        }
        self.skip_spaces();
        if self.peek() == Some('%') {
            self.pos += 1;
            return Fraction::new(n, 100).ok_or(self.too_big(at));
        }
        Ok(Fraction::whole(n))
    }
}

/// The value of each `[vars]` entry: numbers as written, texts as written, formulas worked out
/// in any order (a formula may use a variable written below it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Written {
    Number(i64),
    Text(String),
    Formula(String),
}

/// Each variable's value: a number, or `None` for a text.
pub(crate) type Values = BTreeMap<String, Option<i64>>;

/// Works out every formula among `vars`. Returns each variable's value (`None` for a text)
/// and the problems, each with the name of the variable whose formula has it.
pub(crate) fn resolve(vars: &[(String, Written)]) -> (Values, Vec<(String, Problem)>) {
    let mut resolver = Resolver {
        vars,
        done: BTreeMap::new(),
        failed: std::collections::BTreeSet::new(),
        stack: Vec::new(),
        problems: Vec::new(),
    };
    for (name, _) in vars {
        let _ = resolver.value(name);
    }
    (resolver.done, resolver.problems)
}

struct Resolver<'v> {
    vars: &'v [(String, Written)],
    done: BTreeMap<String, Option<i64>>,
    /// Variables whose formula failed: uses of them are not reported again.
    failed: std::collections::BTreeSet<String>,
    stack: Vec<String>,
    problems: Vec<(String, Problem)>,
}

impl Names for Resolver<'_> {
    fn exists(&self, name: &str) -> bool {
        self.vars.iter().any(|(n, _)| n == name)
    }

    fn value(&mut self, name: &str) -> Result<Option<i64>, ProblemKind> {
        if let Some(v) = self.done.get(name) {
            return Ok(*v);
        }
        if self.failed.contains(name) {
            return Err(ProblemKind::Reported);
        }
        if let Some(i) = self.stack.iter().position(|n| n == name) {
            let mut names = self.stack[i..].to_vec();
            names.push(name.to_string());
            return Err(ProblemKind::Cycle { names });
        }
        let Some((_, written)) = self.vars.iter().find(|(n, _)| n == name) else {
            return Err(ProblemKind::UnknownName {
                name: name.to_string(),
            });
        };
        let value = match written {
            Written::Number(n) => Some(*n),
            Written::Text(_) => None,
            Written::Formula(text) => {
                self.stack.push(name.to_string());
                let result = evaluate(text, self);
                self.stack.pop();
                match result {
                    Ok(n) => Some(n),
                    Err(problem) => {
                        self.failed.insert(name.to_string());
                        match &problem.kind {
                            ProblemKind::Reported => {}
                            // A circle is reported once, on the variable where it starts.
                            ProblemKind::Cycle { names }
                                if names.first().is_some_and(|n| n != name) =>
                            {
                                return Err(problem.kind);
                            }
                            _ => self.problems.push((name.to_string(), problem)),
                        }
                        return Err(ProblemKind::Reported);
                    }
                }
            }
        };
        self.done.insert(name.to_string(), value);
        Ok(value)
    }
}

/// Names for a number step's `answer`: the lesson's variables as worked out.
pub(crate) struct Known<'a>(pub &'a BTreeMap<String, Option<i64>>, pub &'a [String]);

impl Names for Known<'_> {
    fn exists(&self, name: &str) -> bool {
        self.1.iter().any(|n| n == name)
    }

    fn value(&mut self, name: &str) -> Result<Option<i64>, ProblemKind> {
        match self.0.get(name) {
            Some(v) => Ok(*v),
            None if self.1.iter().any(|n| n == name) => Err(ProblemKind::Reported),
            None => Err(ProblemKind::UnknownName {
                name: name.to_string(),
            }),
        }
    }
}

/// True when a problem only repeats one reported on the variable it uses.
pub(crate) fn is_repeat(problem: &Problem) -> bool {
    problem.kind == ProblemKind::Reported
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed(Vec<(&'static str, Option<i64>)>);
    impl Names for Fixed {
        fn exists(&self, name: &str) -> bool {
            self.0.iter().any(|(n, _)| *n == name)
        }
        fn value(&mut self, name: &str) -> Result<Option<i64>, ProblemKind> {
            self.0
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| *v)
                .ok_or(ProblemKind::UnknownName { name: name.into() })
        }
    }

    fn problem(text: &str) -> Problem {
        match eval(text) {
            Err(p) => p,
            Ok(n) => panic!("{text} gave {n}, not a problem"),
        }
    }

    fn eval(text: &str) -> Result<i64, Problem> {
        evaluate(
            text,
            &mut Fixed(vec![
                ("cost", Some(137_000)),
                ("order_fee", Some(3_000)),
                ("tea", Some(85_000)),
                ("shop", None),
                ("khoai-bag", Some(30_000)),
            ]),
        )
    }

    #[test]
    fn a_formula_adds_and_subtracts_variables() {
        assert_eq!(eval("= cost + order_fee"), Ok(140_000));
        assert_eq!(eval("=cost-order_fee"), Ok(134_000));
        assert_eq!(eval("= khoai-bag - 5000"), Ok(25_000));
    }

    #[test]
    fn percentages_are_hundredths_and_rounding_happens_once_at_the_end() {
        // 140 000 / 0.7 = 200 000 exactly, in fractions.
        assert_eq!(
            eval("= (cost + order_fee) / (100% - 15% - 15%)"),
            Ok(200_000)
        );
        // 85 000 / 0.7 = 121 428.57… → 121 429.
        assert_eq!(eval("= tea / (100% - 30%)"), Ok(121_429));
        assert_eq!(eval("= tea : 2"), Ok(42_500));
        assert_eq!(eval("= 5 × 3 - -1"), Ok(16));
        assert_eq!(eval("= 1 / 2"), Ok(1));
        assert_eq!(eval("= -1 / 2"), Ok(-1));
        assert_eq!(eval("= 1 / 3"), Ok(0));
    }

    #[test]
    fn a_number_with_thousands_dots_says_how_to_write_it() {
        let p = problem("= cost + 3.000");
        assert_eq!(p.at, 9);
        assert_eq!(
            p.kind,
            ProblemKind::GroupedNumber {
                written: "3.000".into(),
                plain: "3000".into()
            }
        );
    }

    #[test]
    fn each_mistake_is_named_with_its_place() {
        assert_eq!(
            problem("= cost + prize"),
            Problem {
                at: 9,
                kind: ProblemKind::UnknownName {
                    name: "prize".into()
                }
            }
        );
        assert_eq!(problem("= shop + 1").kind.name(), "text-variable");
        assert_eq!(
            problem("= cost / (tea - tea)").kind,
            ProblemKind::DivideByZero
        );
        assert_eq!(problem("= cost +").kind.name(), "syntax-end");
        assert_eq!(problem("= (cost").kind.name(), "syntax-end");
        assert_eq!(problem("= cost )").at, 7);
        assert_eq!(problem("= cost # 2").kind.detail(), "#");
        assert_eq!(problem("=").kind.name(), "syntax-end");
        assert_eq!(
            problem("= 9223372036854775807 * 9223372036854775807 * 9223372036854775807").kind,
            ProblemKind::TooBig
        );
        let deep = format!("= {}1{}", "(".repeat(100), ")".repeat(100));
        assert!(eval(&deep).is_err());
        assert!(eval(&"1+".repeat(400)).is_err());
    }

    fn written(vars: &[(&str, &str)]) -> Vec<(String, Written)> {
        vars.iter()
            .map(|(n, v)| {
                let w = match v.parse::<i64>() {
                    Ok(n) => Written::Number(n),
                    Err(_) if is_formula(v) => Written::Formula(v.to_string()),
                    Err(_) => Written::Text(v.to_string()),
                };
                (n.to_string(), w)
            })
            .collect()
    }

    #[test]
    fn variables_are_worked_out_in_any_order() {
        let (values, problems) = resolve(&written(&[
            ("price", "= cost_fee / (100% - 30%)"),
            ("cost_fee", "= cost + fee"),
            ("cost", "137000"),
            ("fee", "3000"),
            ("shop", "Mật ong Sìn Hồ"),
        ]));
        assert_eq!(problems, vec![]);
        assert_eq!(values["price"], Some(200_000));
        assert_eq!(values["cost_fee"], Some(140_000));
        assert_eq!(values["shop"], None);
    }

    #[test]
    fn a_circle_of_formulas_is_one_problem_and_its_users_are_not_reported_again() {
        let (values, problems) = resolve(&written(&[
            ("a", "= b + 1"),
            ("b", "= a + 1"),
            ("c", "= a * 2"),
            ("d", "= nope"),
            ("e", "= d + 1"),
        ]));
        let names: Vec<(&str, &str)> = problems
            .iter()
            .map(|(n, p)| (n.as_str(), p.kind.name()))
            .collect();
        assert_eq!(names, vec![("a", "cycle"), ("d", "unknown-name")]);
        assert_eq!(problems[0].1.kind.detail(), "a → b → a");
        assert!(!values.contains_key("c"));
    }
}
