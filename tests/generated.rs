//! Generated files match their generators: each generator in `tools/` is run
//! again (with `python3`) in a scratch folder, and every file it writes must be
//! byte for byte the committed one. A case generator owns its folder under
//! `tests/cases/`: a committed case file there that it no longer writes fails too.
//!
//! Generators that read the seeds or the reference (`../shared/` beside the
//! repository, as on the developers' machines and in CI; `HOSHU_SHARED` names
//! another place) are skipped — shown as ignored, with the reason — when their
//! input is absent.
//!
//! ```text
//! cargo test --test generated               # every generator
//! cargo test --test generated -- soudan     # those whose name contains "soudan"
//! ```
//!
//! To bring a committed file in line, run its generator from the repository root
//! (e.g. `python3 tools/gen_soudan_cases.py`), look at the diff and commit it.

use libtest_mimic::{Arguments, Completion, Failed, Trial};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

struct Generator {
    script: &'static str,
    /// The input it reads under `shared/` (passed as its argument), if any.
    input: Option<&'static str>,
    what: &'static str,
}

const GENERATORS: &[Generator] = &[
    Generator { script: "tools/gen_soudan_tsv.py", input: None, what: "data/soudan.tsv (figures typed from seed 003)" },
    Generator {
        script: "tools/import_yokohama_gh.py",
        input: Some("seeds/002_b6fb22e942353f26.txt"),
        what: "data/yokohama_gh.tsv (read from seed 002)",
    },
    Generator {
        script: "tools/import_reference.py",
        input: Some("reference"),
        what: "data/*.tsv from shared/reference",
    },
    Generator { script: "tools/gen_soudan_cases.py", input: None, what: "tests/cases/national/soudan/*.json" },
    Generator { script: "tools/gen_yokohama_gh_cases.py", input: None, what: "tests/cases/local/yokohama/gh/*.json" },
];

/// Scripts in `tools/` that write nothing committed: modules the generators
/// import (`seed_pages.py`: a seed's line → its section's pages).
const NOT_GENERATORS: &[&str] = &["tools/seed_pages.py"];

fn shared_dir() -> PathBuf {
    match std::env::var_os("HOSHU_SHARED") {
        Some(p) => PathBuf::from(p),
        None => Path::new("..").join("shared"),
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// The first line where two texts differ, around the first character that differs.
fn first_difference(committed: &str, generated: &str) -> String {
    let (a, b): (Vec<_>, Vec<_>) = (committed.lines().collect(), generated.lines().collect());
    for i in 0..a.len().max(b.len()) {
        let (x, y) = (a.get(i), b.get(i));
        if x == y {
            continue;
        }
        let at = match (x, y) {
            (Some(x), Some(y)) => x.chars().zip(y.chars()).take_while(|(p, q)| p == q).count(),
            _ => 0,
        };
        let show = |l: Option<&&str>| match l {
            Some(l) => {
                let from = at.saturating_sub(40);
                let part: String = l.chars().skip(from).take(120).collect();
                format!("{}{part:?}", if from > 0 { "…" } else { "" })
            }
            None => "(end of file)".into(),
        };
        return format!(
            "line {}, column {}:\n      committed: {}\n      generated: {}",
            i + 1,
            at + 1,
            show(x),
            show(y)
        );
    }
    "(the texts differ only in line endings or the final newline)".into()
}

fn run(g: &Generator) -> Result<Completion, Failed> {
    let mut args = Vec::new();
    if let Some(input) = g.input {
        let path = shared_dir().join(input);
        if !path.exists() {
            return Ok(Completion::ignored_with(format!(
                "input {} not found; set HOSHU_SHARED to the shared folder to check it",
                path.display()
            )));
        }
        args.push(fs::canonicalize(&path).map_err(|e| format!("{}: {e}", path.display()))?);
    }

    // A scratch copy of the repository's layout: tools/ and the folders written to.
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "generated-{}-{}",
        std::process::id(),
        Path::new(g.script).file_stem().unwrap().to_string_lossy()
    ));
    let _ = fs::remove_dir_all(&scratch);
    fs::create_dir_all(scratch.join("tools")).map_err(|e| e.to_string())?;
    fs::create_dir_all(scratch.join("data")).map_err(|e| e.to_string())?;
    fs::create_dir_all(scratch.join("tests/cases")).map_err(|e| e.to_string())?;
    for e in fs::read_dir("tools").map_err(|e| e.to_string())?.flatten() {
        if e.path().extension().is_some_and(|x| x == "py") {
            fs::copy(e.path(), scratch.join("tools").join(e.file_name())).map_err(|e| e.to_string())?;
        }
    }
    let result = compare(g, &scratch, &args);
    let _ = fs::remove_dir_all(&scratch);
    result.map(|()| Completion::Completed)
}

fn compare(g: &Generator, scratch: &Path, args: &[PathBuf]) -> Result<(), Failed> {
    let out = Command::new("python3")
        .arg("-B")
        .arg(g.script)
        .args(args)
        .current_dir(scratch)
        .output()
        .map_err(|e| format!("cannot run python3 (needed for the generators in tools/): {e}"))?;
    if !out.status.success() {
        return Err(
            format!("python3 {} failed ({}):\n{}", g.script, out.status, String::from_utf8_lossy(&out.stderr)).into()
        );
    }

    let mut written = Vec::new();
    walk(scratch, &mut written);
    let written: Vec<PathBuf> = written
        .into_iter()
        .filter_map(|p| p.strip_prefix(scratch).ok().map(Path::to_path_buf))
        .filter(|p| !p.starts_with("tools"))
        .collect();
    if written.is_empty() {
        return Err(format!("{} wrote nothing (expected {})", g.script, g.what).into());
    }

    let mut problems = Vec::new();
    let mut case_dirs = std::collections::BTreeSet::new();
    for rel in &written {
        let generated = fs::read_to_string(scratch.join(rel)).unwrap_or_default();
        match fs::read_to_string(rel) {
            Err(_) => problems.push(format!("  {}: not committed", rel.display())),
            Ok(committed) if committed != generated => problems.push(format!(
                "  {}: differs from what {} writes, at {}",
                rel.display(),
                g.script,
                first_difference(&committed, &generated)
            )),
            Ok(_) => {}
        }
        if rel.starts_with("tests/cases") {
            if let Some(d) = rel.parent() {
                case_dirs.insert(d.to_path_buf());
            }
        }
    }
    // A case generator's folder holds only what it writes.
    for d in case_dirs {
        for e in fs::read_dir(&d).map_err(|e| e.to_string())?.flatten() {
            let rel = d.join(e.file_name());
            if rel.extension().is_some_and(|x| x == "json") && !written.contains(&rel) {
                problems.push(format!(
                    "  {}: in the folder {} writes, but not written by it (add its cases to the generator, or delete the file)",
                    rel.display(),
                    g.script
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} generated file(s) out of date; run `python3 {}{}` from the repository root and commit the result:\n{}",
            problems.len(),
            g.script,
            args.first().map(|a| format!(" {}", a.display())).unwrap_or_default(),
            problems.join("\n")
        )
        .into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = vec![Trial::test("tools::every_script_is_checked", || {
        let mut unknown = Vec::new();
        for e in fs::read_dir("tools").map_err(|e| e.to_string())?.flatten() {
            let p = format!("tools/{}", e.file_name().to_string_lossy());
            if p.ends_with(".py") && !GENERATORS.iter().any(|g| g.script == p) && !NOT_GENERATORS.contains(&p.as_str())
            {
                unknown.push(p);
            }
        }
        if unknown.is_empty() {
            Ok(())
        } else {
            Err(format!("not in tests/generated.rs's GENERATORS (add it, with what it writes): {}", unknown.join(", "))
                .into())
        }
    })];
    for g in GENERATORS {
        trials.push(Trial::ignorable_test(g.script, move || run(g)));
    }
    libtest_mimic::run(&args, trials).exit();
}
