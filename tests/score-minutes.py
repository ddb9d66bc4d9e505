#!/usr/bin/env python3
"""Score a minutes parser on the real-minutes corpus in tests/data/minutes.

Usage:
  score-minutes.py [--set dev|test|all|holdout|holdout2|…|holdout66|everything]
                   [--min-recall R] [--min-precision P]
                   [--by kind|convention] [--verbose] [--timeout S] [--data DIR]
                   -- COMMAND...

Sets: dev and test (the corpus the parser is developed on; all = dev + test, the
set the meson test checks), holdout (excerpts gathered later and kept away from
the parser's development: score it once, when the work is done), holdout2 (a
second such set, gathered when holdout had been looked at), holdout3 (a third,
gathered when holdout2 had been looked at), holdout4 to holdout66 (gathered
while the parser was being changed on the other sets), everything (all of them).

COMMAND... FILE.txt is run for every excerpt of the chosen set; its standard
output is read as one statement per line, TAB-separated:

  speaker<TAB>kind<TAB>text<TAB>answer   (4 columns; kind and answer may be empty)
  speaker<TAB>text<TAB>answer            (3 columns)
  speaker<TAB>text                       (2 columns: today's parse-minutes)

A literal "\\n" in a field stands for a line break.  The printed statements are
matched against NNN.truth (see tests/data/minutes/README.md):

  recall     = truth statements found with the right speaker / truth statements
  precision  = printed statements that match a truth statement / printed statements
  kind       = matched statements with the right kind / matched (when kinds are printed)
  answer     = matched statements with a truth answer whose answer column matches /
               matched statements with a truth answer (public comments)

Exit status: 0 when recall and precision reach the given minimums, 1 when they do
not, 2 on a usage or data error.  A command that fails (non-zero exit, signal) or
runs longer than --timeout seconds on a file counts as printing nothing for it and
is reported.

Standard library only.
"""

import argparse
import os
import subprocess
import sys
import unicodedata
from collections import OrderedDict

PREFIX_CHARS = 40          # a truth start must occur within this many characters
KINDS = ('意見', '質問', '要望', '説明・回答', '進行')
DOC_KINDS = ('verbatim', 'summary', 'comment')
SETS = ('dev', 'test', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8',
        'holdout9', 'holdout10', 'holdout11', 'holdout12', 'holdout13', 'holdout14', 'holdout15', 'holdout16', 'holdout17', 'holdout18', 'holdout19',
        'holdout20', 'holdout21', 'holdout22', 'holdout23', 'holdout24', 'holdout25',
        'holdout26', 'holdout27', 'holdout28', 'holdout29', 'holdout30', 'holdout31', 'holdout32', 'holdout33', 'holdout34', 'holdout35', 'holdout36', 'holdout37', 'holdout38', 'holdout39', 'holdout40', 'holdout41', 'holdout42', 'holdout43', 'holdout44', 'holdout45', 'holdout46', 'holdout47', 'holdout48', 'holdout49', 'holdout50', 'holdout51', 'holdout52', 'holdout53', 'holdout54', 'holdout55', 'holdout56', 'holdout57', 'holdout58', 'holdout59', 'holdout60', 'holdout61', 'holdout62', 'holdout63', 'holdout64', 'holdout65', 'holdout66')
# --set NAME: which truth sets it takes.
# Each set alone (the held-out ones in the order they were gathered), dev
# and test together, and all of them.
SET_CHOICES = OrderedDict([('dev', ('dev',)), ('test', ('test',)), ('all', ('dev', 'test'))] +
                          [(name, (name,)) for name in SETS if name.startswith('holdout')] +
                          [('everything', SETS)])

# Marks dropped from speakers before comparing them.  The brief's list, plus the
# look-alike circles and the angle brackets that the sources also use.
SPEAKER_MARKS = set('○◎〇●◆◇■□・【】〔〕［］()（）[]:：'
                    '◯◦⚪<>＜＞〈〉《》')
HONORIFICS = ('君', 'さん', '氏', '様')
TEXT_DROP = set('「」『』')


def convention_class(conv):
    """Coarse class of a truth's '# convention:' words, for --by convention."""
    first = conv.split('、', 1)[0]
    if any(w in first for w in ('一行に平坦化', '一行に並ぶ', '一行に崩れ')):
        return '一行に平坦化 (flattened)'
    if '単独行' in first:
        return '単独行の発言者 (speaker alone on its line)'
    if any(w in first for w in ('行頭', '役職(名前君)', '印と役職')):
        return '行頭の発言者 (marker at the line start)'
    return '見出し・箇条書き・段落 (headings, bullets, paragraphs)'


def norm_text(s):
    """NFKC, no whitespace, no 「」『』."""
    s = unicodedata.normalize('NFKC', s)
    return ''.join(c for c in s if not c.isspace() and c not in TEXT_DROP)


def norm_speaker(s):
    s = unicodedata.normalize('NFKC', s)
    s = ''.join(c for c in s if not c.isspace())
    # NFKC maps the full-width brackets and colons to ASCII; drop both forms.
    s = ''.join(c for c in s if c not in SPEAKER_MARKS)
    for h in HONORIFICS:
        if s.endswith(h) and len(s) > len(h):
            s = s[:-len(h)]
            break
    return s


def same_speaker(truth, printed):
    """Equal after normalisation, or equal up to a rotation: 委員長相馬 (from
    委員長(相馬君)) is 相馬委員長, 都市計画課係長水野剛史 is 水野剛史都市計画課係長."""
    a, b = norm_speaker(truth), norm_speaker(printed)
    if a == b:
        return True
    return len(a) == len(b) and len(a) > 0 and b in a + a


def norm_kind(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(c for c in s if not c.isspace() and c not in '・･/')


def unescape(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            d = s[i + 1]
            if d == 'n':
                out.append('\n')
                i += 2
                continue
            if d == 't':
                out.append('\t')
                i += 2
                continue
            if d == '\\':
                out.append('\\')
                i += 2
                continue
        out.append(c)
        i += 1
    return ''.join(out)


class Truth:
    def __init__(self, path):
        self.path = path
        self.headers = OrderedDict()
        self.lines = []           # dicts: speaker, kind, first, answer
        with open(path, encoding='utf-8') as f:
            for n, raw in enumerate(f, 1):
                line = raw.rstrip('\n').rstrip('\r')
                if not line.strip():
                    continue
                if line.startswith('#'):
                    body = line[1:].strip()
                    if ':' in body:
                        k, v = body.split(':', 1)
                        self.headers[k.strip()] = v.strip()
                    continue
                parts = line.split('\t')
                if len(parts) < 3 or len(parts) > 4:
                    raise ValueError(f'{path}:{n}: expected 3 or 4 TAB-separated fields')
                speaker, kind, first = parts[0], parts[1], parts[2]
                answer = parts[3] if len(parts) == 4 else ''
                if kind not in KINDS:
                    raise ValueError(f'{path}:{n}: unknown kind {kind!r}')
                if not norm_text(first):
                    raise ValueError(f'{path}:{n}: empty first characters')
                self.lines.append({'speaker': speaker, 'kind': kind,
                                   'first': first, 'answer': answer,
                                   'nfirst': norm_text(first),
                                   'nanswer': norm_text(answer)})
        for k in ('source', 'municipality', 'kind', 'convention', 'set'):
            if k not in self.headers:
                raise ValueError(f'{path}: missing header "# {k}:"')
        if self.headers['set'] not in SETS:
            raise ValueError(f'{path}: set must be one of {", ".join(SETS)}')
        if self.headers['kind'] not in DOC_KINDS:
            raise ValueError(f'{path}: kind must be one of {", ".join(DOC_KINDS)}')


def parse_output(data):
    """Printed statements: list of dicts speaker, kind, text, answer, has_kind."""
    out = []
    for raw in data.split('\n'):
        line = raw.rstrip('\r')
        if not line.strip():
            continue
        parts = line.split('\t')
        has_kind = False
        if len(parts) == 1:
            speaker, kind, text, answer = '', '', parts[0], ''
        elif len(parts) == 2:
            speaker, kind, text, answer = parts[0], '', parts[1], ''
        elif len(parts) == 3:
            speaker, kind, text, answer = parts[0], '', parts[1], parts[2]
        else:
            speaker, kind, text = parts[0], parts[1], parts[2]
            answer = '\t'.join(parts[3:])
            has_kind = bool(kind.strip())
        text, answer = unescape(text), unescape(answer)
        out.append({'speaker': unescape(speaker).strip(), 'kind': kind.strip(),
                    'text': text, 'answer': answer, 'has_kind': has_kind,
                    'nprefix': norm_text(text)[:PREFIX_CHARS],
                    'nanswer': norm_text(answer)[:PREFIX_CHARS]})
    return out


def run_command(cmd, path, timeout):
    """(stdout text, problem or None)."""
    try:
        # A session of its own, so that a timeout ends the command and whatever
        # it started (a wrapper script's children would keep the pipes open).
        p = subprocess.Popen(cmd + [path], stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             start_new_session=True)
    except OSError as e:
        return '', f'could not run: {e}'
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, 9)
        except OSError:
            p.kill()
        p.communicate()
        return '', f'timed out after {timeout:g} s'
    if p.returncode != 0:
        err = err.decode('utf-8', 'replace').strip().splitlines()
        tail = (': ' + err[-1]) if err else ''
        if p.returncode < 0:
            return '', f'killed by signal {-p.returncode}{tail}'
        return '', f'exit status {p.returncode}{tail}'
    return out.decode('utf-8', 'replace'), None


def match(truth_lines, printed):
    """Greedy, in document order: each printed statement takes the first unmatched
    truth line, at or after the last match, whose first characters occur within
    its first PREFIX_CHARS normalised characters; failing that, the first earlier
    unmatched one.  Two passes: printed statements that *begin* with a truth
    line's first characters are matched first, so that a title or a header line
    that merely contains them (第1回太良町地域福祉計画策定委員会 for
    太良町地域福祉計画策定委…) does not take a truth line from the statement
    itself.  Returns the lists truth index -> printed index (or None) and printed
    index -> truth index (or None)."""
    t2p = [None] * len(truth_lines)
    p2t = [None] * len(printed)

    def one_pass(accept):
        pos = 0
        for pi, p in enumerate(printed):
            if p2t[pi] is not None:
                pos = p2t[pi] + 1
                continue
            order = list(range(pos, len(truth_lines))) + list(range(0, pos))
            for ti in order:
                if t2p[ti] is None and accept(truth_lines[ti]['nfirst'], p['nprefix']):
                    t2p[ti] = pi
                    p2t[pi] = ti
                    pos = ti + 1
                    break

    one_pass(lambda first, prefix: prefix.startswith(first))
    one_pass(lambda first, prefix: first in prefix)
    return t2p, p2t


class Tally:
    def __init__(self):
        self.truth = 0
        self.found = 0          # matched with the right speaker
        self.matched = 0        # truth statements matched (any speaker)
        self.printed = 0
        self.printed_ok = 0
        self.kind_n = 0
        self.kind_ok = 0
        self.ans_n = 0
        self.ans_ok = 0
        self.files = 0
        self.failed = 0
        self.recalls = []

    def add(self, o):
        for k in ('truth', 'found', 'matched', 'printed', 'printed_ok', 'kind_n',
                  'kind_ok', 'ans_n', 'ans_ok', 'files', 'failed'):
            setattr(self, k, getattr(self, k) + getattr(o, k))
        self.recalls.extend(o.recalls)

    @staticmethod
    def pct(a, b):
        return (100.0 * a / b) if b else None

    def recall(self):
        return self.pct(self.found, self.truth)

    def precision(self):
        return self.pct(self.printed_ok, self.printed) if self.printed else 0.0

    def fmt(self):
        def f(x):
            return '   -  ' if x is None else f'{x:5.1f}%'
        kind = f(self.pct(self.kind_ok, self.kind_n)) if self.kind_n else '   -  '
        ans = f(self.pct(self.ans_ok, self.ans_n)) if self.ans_n else '   -  '
        rng = ''
        if self.recalls:
            rng = f'  (per excerpt {min(self.recalls):.0f}–{max(self.recalls):.0f}%, ' \
                  f'mean {sum(self.recalls) / len(self.recalls):.1f}%)'
        return (f'recall {f(self.recall())} ({self.found}/{self.truth})  '
                f'precision {f(self.precision())} ({self.printed_ok}/{self.printed})  '
                f'kind {kind}  answer {ans}{rng}')


def main(argv):
    if '--' in argv:
        i = argv.index('--')
        opts, cmd = argv[:i], argv[i + 1:]
    else:
        opts, cmd = argv, []
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(
        prog='score-minutes.py',
        description='Score a minutes parser on tests/data/minutes.',
        usage='%(prog)s [--set dev|test|all|holdout|holdout2|…|holdout66|everything] [--min-recall R] [--min-precision P] '
              '[--by kind|convention] [--verbose] [--timeout S] [--data DIR] -- COMMAND...')
    ap.add_argument('--set', choices=tuple(SET_CHOICES), default='all',
                    help='all = dev + test; everything = every set')
    ap.add_argument('--min-recall', type=float, default=None,
                    help='minimum recall, as a fraction (0.97) or a percentage (97)')
    ap.add_argument('--min-precision', type=float, default=None,
                    help='minimum precision, as a fraction (0.95) or a percentage (95)')
    ap.add_argument('--by', choices=('kind', 'convention', 'detail'), default='kind',
                    help='group the breakdown by document kind, by class of convention, '
                         'or by the full convention words (detail)')
    ap.add_argument('--verbose', '-v', action='store_true')
    ap.add_argument('--timeout', type=float, default=10.0)
    ap.add_argument('--data', default=os.path.join(here, 'data', 'minutes'))
    args = ap.parse_args(opts)
    if not cmd:
        ap.error('no command given after --')

    def frac(x):
        if x is None:
            return None
        return x / 100.0 if x > 1.0 else x

    min_recall, min_precision = frac(args.min_recall), frac(args.min_precision)

    try:
        names = sorted(n[:-6] for n in os.listdir(args.data) if n.endswith('.truth'))
    except OSError as e:
        print(f'score-minutes: {e}', file=sys.stderr)
        return 2
    if not names:
        print(f'score-minutes: no .truth files in {args.data}', file=sys.stderr)
        return 2

    total = Tally()
    by_set = OrderedDict((s, Tally()) for s in SETS)
    wanted = SET_CHOICES[args.set]
    groups = OrderedDict()
    stmt_kinds = OrderedDict((k, [0, 0]) for k in KINDS)   # found, truth
    problems = []
    any_kinds = False

    for name in names:
        tpath = os.path.join(args.data, name + '.truth')
        xpath = os.path.join(args.data, name + '.txt')
        try:
            truth = Truth(tpath)
        except (ValueError, OSError, UnicodeDecodeError) as e:
            print(f'score-minutes: {e}', file=sys.stderr)
            return 2
        if not os.path.exists(xpath):
            print(f'score-minutes: {xpath} is missing', file=sys.stderr)
            return 2
        tset = truth.headers['set']
        if tset not in wanted:
            continue

        stdout, problem = run_command(cmd, xpath, args.timeout)
        printed = parse_output(stdout)
        file_has_kinds = any(p['has_kind'] for p in printed)
        any_kinds = any_kinds or file_has_kinds
        t2p, p2t = match(truth.lines, printed)

        t = Tally()
        t.files = 1
        t.failed = 1 if problem else 0
        t.truth = len(truth.lines)
        t.printed = len(printed)
        t.printed_ok = sum(1 for x in p2t if x is not None)
        notes = []
        for ti, tl in enumerate(truth.lines):
            pi = t2p[ti]
            stmt_kinds[tl['kind']][1] += 1
            if pi is None:
                notes.append(f'  missed      {tl["speaker"] or "-"}\t{tl["kind"]}\t{tl["first"]}')
                continue
            p = printed[pi]
            t.matched += 1
            ok_speaker = same_speaker(tl['speaker'], p['speaker'])
            if ok_speaker:
                t.found += 1
                stmt_kinds[tl['kind']][0] += 1
                state = 'found      '
            else:
                state = 'wrong speaker'
            extra = ''
            if file_has_kinds:
                t.kind_n += 1
                if norm_kind(p['kind']) == norm_kind(tl['kind']):
                    t.kind_ok += 1
                else:
                    extra += f'  [kind {p["kind"] or "-"} ≠ {tl["kind"]}]'
            if tl['nanswer']:
                t.ans_n += 1
                if tl['nanswer'] in p['nanswer']:
                    t.ans_ok += 1
                else:
                    extra += f'  [answer {p["answer"][:12] or "-"} ≠ {tl["answer"]}]'
            if ok_speaker:
                notes.append(f'  {state} {tl["speaker"] or "-"}\t{tl["kind"]}\t{tl["first"]}{extra}')
            else:
                notes.append(f'  {state} {tl["speaker"] or "-"} ≠ printed '
                             f'{p["speaker"] or "-"}\t{tl["first"]}{extra}')
        for pi, p in enumerate(printed):
            if p2t[pi] is None:
                text = p['text'].replace('\n', ' ')
                if len(text) > 30:
                    text = text[:30] + '…'
                notes.append(f'  unmatched   {p["speaker"] or "-"}\t{text}')
        if t.truth:
            t.recalls.append(100.0 * t.found / t.truth)

        total.add(t)
        by_set[tset].add(t)
        if args.by == 'kind':
            key = truth.headers['kind']
        elif args.by == 'convention':
            key = convention_class(truth.headers['convention'])
        else:
            key = truth.headers['convention']
        groups.setdefault(key, Tally()).add(t)

        r = t.recall()
        pr = t.precision() if t.printed else None
        rs = '   -  ' if r is None else f'{r:5.1f}%'
        ps = '   -  ' if pr is None else f'{pr:5.1f}%'
        flag = f'  !! {problem}' if problem else ''
        print(f'{name} {tset:7} {truth.headers["kind"]:8} recall {rs} ({t.found}/{t.truth})'
              f'  precision {ps} ({t.printed_ok}/{t.printed})'
              f'  {truth.headers["municipality"]}{flag}')
        if problem:
            problems.append(f'{name}: {problem}')
        if args.verbose:
            print(f'  convention: {truth.headers["convention"]}')
            for n in notes:
                print(n)

    if total.files == 0:
        print('score-minutes: no excerpt in the chosen set', file=sys.stderr)
        return 2

    print()
    print(f'By {args.by}:')
    width = max(len(k) for k in groups) if groups else 0
    for k, g in groups.items():
        pad = ' ' * max(0, width - len(k))
        print(f'  {k}{pad}  [{g.files} excerpts]  {g.fmt()}')
    print()
    print('By statement kind (recall only):')
    for k, (f, n) in stmt_kinds.items():
        if n:
            print(f'  {k:6}  {100.0 * f / n:5.1f}% ({f}/{n})')
    print()
    if len(wanted) > 1:
        for s, g in by_set.items():
            if g.files:
                print(f'{s:8} [{g.files} excerpts]  {g.fmt()}')
    if not any_kinds:
        print('(the command printed no kinds: kind accuracy not measured)')
    if problems:
        print(f'{len(problems)} file(s) failed and count as printing nothing:')
        for p in problems:
            print(f'  {p}')
    print(f'overall [{total.files} excerpts]  {total.fmt()}')

    status = 0
    rec = (total.recall() or 0.0) / 100.0
    prec = total.precision() / 100.0
    if min_recall is not None and rec < min_recall:
        print(f'FAIL: recall {rec:.3f} < {min_recall:.3f}')
        status = 1
    if min_precision is not None and prec < min_precision:
        print(f'FAIL: precision {prec:.3f} < {min_precision:.3f}')
        status = 1
    return status


if __name__ == '__main__':
    try:
        sys.exit(main(sys.argv[1:]))
    except BrokenPipeError:
        sys.exit(1)
