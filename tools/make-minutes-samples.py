#!/usr/bin/env python3
# Makes the sample minutes of tests/data/minutes-files: the same fictional
# meeting as a Word .docx (python-docx), as a PDF printed from it by
# LibreOffice (headless), with a running header and page numbers, as a
# password-protected PDF, and as a page of a city's site in Shift_JIS with
# its menus, scripts, styles and a hidden paragraph.
#
# Usage: tools/make-minutes-samples.py OUTDIR
# Needs python3-docx and libreoffice-writer-nogui (Debian).
import os
import subprocess
import sys
import tempfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HEADER = [
    "令和7年度第2回 みどり市市民協働推進委員会 会議録",
    "日時：令和7年7月10日（木）午後2時～午後4時",
    "場所：みどり市役所 3階 第一会議室",
    "出席委員：山本花子（会長）、林太郎、森一郎、田中美咲",
    "事務局：市民協働課 佐藤課長、鈴木主査",
]

TURNS = [
    ("山本会長", "ただいまから第2回市民協働推進委員会を開会します。本日は議題が二つありますので、順に進めます。まず、議題1について事務局から説明をお願いします。"),
    ("佐藤課長", "資料1について説明します。市民活動団体の登録数は今年度120団体となり、前年度より15団体増えました。"
                "分野別では子育て支援と環境保全の団体が特に増えており、活動の場として公民館や地域センターの利用も伸びています。"
                "一方で、団体の代表者の高齢化が進んでおり、次の担い手をどう育てるかが課題となっています。"
                "事務局としては、団体どうしの交流会や、活動を始めたい市民向けの講座を年に4回開く予定です。"),
    ("林委員", "登録団体が増えたことは評価できる。ただ、若い世代の参加はまだ少ないと感じている。"
              "大学やサークルとの連携を進めて、学生が地域の活動に気軽に加われる仕組みを作ってほしい。"),
    ("森委員", "補助金の申請手続きが複雑だという声を、団体の方から何度も聞いている。"
              "書類の数を減らすなど、手続きを簡素化できないか。"),
    ("佐藤課長", "申請書の様式を見直し、来年度からはオンラインでも受け付けられるよう準備を進めています。"
                "説明会も開いて、初めて申請する団体を支援します。"),
    ("田中委員", "賛成です。"),
    ("林委員", "賛成です。"),
    ("山本会長", "ほかにご意見はありませんか。それでは、議題2に移ります。事務局から説明をお願いします。"),
    ("鈴木主査", "資料2の協働事業の提案制度について説明します。今年度は8件の提案があり、審査の結果、3件を採択しました。"
                "採択された事業は、放課後の居場所づくり、空き店舗を使った交流の場、河川敷の清掃活動です。"
                "いずれも市と団体が役割を分担し、年度末に成果を報告していただく予定です。"),
    ("森委員", "採択されなかった5件についても、提案した団体に理由を丁寧に伝えてほしい。次の提案につながるはずだ。"),
    ("田中委員", "協働事業の成果は、市民にも分かりやすく公開するべきだと思う。広報紙やホームページで紹介してはどうか。"),
    ("山本会長", "ありがとうございました。本日の議題は以上です。これで閉会します。"),
]


def add_page_field(paragraph):
    """Adds - PAGE - to a footer paragraph."""
    paragraph.add_run("- ")
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)
    paragraph.add_run(" -")


def make_docx(path):
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(12)
    style.font.name = "Noto Serif CJK JP"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK JP")
    section = document.sections[0]
    section.header.paragraphs[0].text = "みどり市市民協働推進委員会 会議録（令和7年度第2回）"
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(footer)

    for line in HEADER:
        document.add_paragraph(line)
    document.add_paragraph("議事の経過")
    for speaker, text in TURNS:
        document.add_paragraph("○" + speaker + "　" + text)
    document.save(path)


def convert(docx_path, outdir, filter_name):
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                        "--convert-to", filter_name, "--outdir", outdir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_html(path):
    html = ['<!DOCTYPE html>', '<html lang="ja">', '<head>', '<meta charset="Shift_JIS">',
            '<title>' + HEADER[0] + ' | みどり市</title>',
            '<style>body { font-family: sans-serif; } .nav li { display: inline; }</style>',
            '<script>var page = "<p>このスクリプトは読まれない</p>";</script>', '</head>', '<body>',
            '<header><p>みどり市 公式ホームページ</p><p>文字サイズ 標準 拡大</p></header>',
            '<nav class="nav"><ul><li><a href="/">ホーム</a></li>'
            '<li><a href="/shisei/">市政情報</a></li></ul></nav>',
            '<main>', '<p>ページ番号 4521</p>', '<h1>' + HEADER[0] + '</h1>', '<table>']
    for line in HEADER[1:]:
        key, value = line.split("：", 1)
        html.append('<tr><th>%s</th><td>%s</td></tr>' % (key, value))
    html += ['</table>', '<h2>議事の経過</h2>']
    for speaker, text in TURNS:
        html.append('<p>○%s　%s</p>' % (speaker, text))
    html += ['<p style="display:none">非表示の文章は読まれない。</p>', '</main>',
             '<footer><p>みどり市役所 市民協働課 電話 0123-45-6789</p></footer>', '</body>', '</html>', '']
    with open(path, 'wb') as f:
        f.write('\n'.join(html).encode('cp932'))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    docx_path = os.path.join(outdir, "meeting.docx")
    make_docx(docx_path)
    make_html(os.path.join(outdir, "meeting.html"))
    convert(docx_path, outdir, "pdf")
    with tempfile.TemporaryDirectory() as tmp:
        protected = os.path.join(tmp, "meeting.docx")
        make_docx(protected)
        convert(protected, tmp,
                'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
                '"DocumentOpenPassword":{"type":"string","value":"ronten"}}')
        os.replace(os.path.join(tmp, "meeting.pdf"), os.path.join(outdir, "protected.pdf"))


if __name__ == "__main__":
    main()
