#!/usr/bin/env python3
"""Writes livedna-cli's man page and bash completion from the CLI's own help.

    cli-docs.py --cli build/app/livedna-cli --version 0.1.0 --man OUT.1.gz --completion OUT
    cli-docs.py --cli build/app/livedna-cli --commands      # the command list, one a line

Both are generated at build time from `livedna-cli --help` and every `livedna-cli COMMAND
--help`, so neither can drift from the commands the CLI really has (the package test also
compares them). The help is read in English with a stand-in home folder, so the output is
the same on every machine.
"""

import argparse
import gzip
import os
import re
import subprocess
import sys

FAKE_HOME = "/nonexistent-livedna-home"


def run_help(cli, args):
    env = dict(os.environ)
    env.update({"LIVEDNA_LANG": "en_GB", "HOME": FAKE_HOME, "QT_QPA_PLATFORM": "offscreen",
                "LC_ALL": "C.UTF-8"})
    env.pop("XDG_DATA_HOME", None)
    env.pop("LIVEDNA_CACHE", None)
    out = subprocess.run([cli] + args, env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        sys.exit("cli-docs: '%s' exited with %d: %s" % (" ".join(args), out.returncode, out.stderr))
    return out.stdout.replace(FAKE_HOME, "~")


def commands(cli):
    """[(name, summary)] from the Commands: section of the global help."""
    found, inside = [], False
    for line in run_help(cli, ["--help"]).splitlines():
        if line.strip() == "Commands:":
            inside = True
            continue
        if inside:
            m = re.match(r"^  (\S+)\s+(.*)$", line)
            if not m:
                break
            found.append((m.group(1), m.group(2)))
    if not found:
        sys.exit("cli-docs: no commands found in livedna-cli --help")
    return found


def command_help(cli, name):
    text = run_help(cli, [name, "--help"])
    # Some commands print Qt's "Usage: /full/path/livedna-cli [options]": name it as typed.
    return re.sub(r"Usage: \S*livedna-cli \[options\]", "Usage: livedna-cli %s [options]" % name, text)


def options_of(help_text):
    """(every option spelling, the options taking a value) from a command's Options: lines."""
    names, with_value = [], []
    for line in help_text.splitlines():
        m = re.match(r"^  (-[^ ].*?)(?:  |$)", line)
        if not m:
            continue
        for part in m.group(1).split(", "):
            opt = part.split(" ")[0]
            if opt.startswith("-"):
                names.append(opt)
                if "<" in part:
                    with_value.append(opt)
    return names, with_value


def roff(text):
    out = []
    for line in text.splitlines():
        line = line.replace("\\", "\\e").replace("-", "\\-")
        if line.startswith((".", "'")):
            line = "\\&" + line
        out.append(line)
    return "\n".join(out)


def man_page(cli, version):
    cmds = commands(cli)
    top = run_help(cli, ["--help"])
    cache_line = next((l for l in top.splitlines() if l.startswith("The cache is")), "")
    parts = [
        '.TH LIVEDNA\\-CLI 1 "" "LiveDNA %s" "User Commands"' % version,
        ".SH NAME",
        "livedna\\-cli \\- sync, check, analyse and publish a LiveDNA commons from the command line",
        ".SH SYNOPSIS",
        ".B livedna\\-cli",
        "[\\fB\\-\\-cache\\fR \\fIFILE\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR...]",
        ".br",
        ".B livedna\\-cli",
        "\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR",
        ".SH DESCRIPTION",
        "LiveDNA shows what England's councils' and NHS trusts' services are made of, from a",
        "commons of JSON documents synced into an SQLite cache.",
        ".B livedna\\-cli",
        "is its headless half: every command below runs with no display.",
        ".PP",
        roff(cache_line),
        ".SH COMMANDS",
    ]
    for name, summary in cmds:
        parts += [".SS %s" % name, roff(summary) + ".", ".PP", ".nf", roff(command_help(cli, name).rstrip()), ".fi"]
    parts += [
        ".SH EXIT STATUS",
        "0 done, 1 usage error, 2 data invalid or refused (the cache is unchanged),",
        "3 I/O or network failure.",
        ".SH ENVIRONMENT",
        ".TP",
        ".B LIVEDNA_CACHE",
        "The cache file when \\fB\\-\\-cache\\fR is not given.",
        ".TP",
        ".B LIVEDNA_LANG",
        "The language of messages (en_GB or cy), instead of the system's.",
        ".SH SEE ALSO",
        ".BR livedna (1)",
        "is the desktop application; it reads the same cache.",
        "",
    ]
    return "\n".join(parts)


def completion(cli):
    cmds = commands(cli)
    names = " ".join(n for n, _ in cmds)
    cases, valued = [], set(["--cache"])
    for name, _ in cmds:
        opts, with_value = options_of(command_help(cli, name))
        valued.update(with_value)
        cases.append('        %s) opts="%s" ;;' % (name, " ".join(opts)))
    return """# bash completion for livedna-cli, generated from its own help by scripts/cli-docs.py.
_livedna_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local cmd="" i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            --cache) ((i++)) ;;
            -*) ;;
            *) cmd=${COMP_WORDS[i]}; break ;;
        esac
    done
    case $prev in
        %(valued)s)
            COMPREPLY=($(compgen -f -- "$cur"))
            return ;;
    esac
    if [[ -z $cmd ]]; then
        COMPREPLY=($(compgen -W "--cache --help --version %(names)s" -- "$cur"))
        return
    fi
    local opts=""
    case $cmd in
%(cases)s
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts --cache" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
        [[ $cmd == sync || $cmd == validate ]] && COMPREPLY+=($(compgen -W "demo" -- "$cur"))
    fi
}
complete -o filenames -F _livedna_cli livedna-cli
""" % {"valued": "|".join(sorted(valued)), "names": names, "cases": "\n".join(cases)}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cli", required=True)
    p.add_argument("--version", default="")
    p.add_argument("--man")
    p.add_argument("--completion")
    p.add_argument("--commands", action="store_true", help="print the command list and exit")
    a = p.parse_args()
    if a.commands:
        print("\n".join(n for n, _ in commands(a.cli)))
        return
    if a.man:
        data = man_page(a.cli, a.version).encode("utf-8")
        if a.man.endswith(".gz"):
            with open(a.man, "wb") as f:  # mtime 0 and no name: the same bytes every build
                with gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as g:
                    g.write(data)
        else:
            with open(a.man, "wb") as f:
                f.write(data)
    if a.completion:
        with open(a.completion, "w", encoding="utf-8") as f:
            f.write(completion(a.cli))


if __name__ == "__main__":
    main()
