namespace Fincomp.Writers.Html;

/// <summary>
/// The page's only stylesheet, inline, because the page must make no request (no web font, no CDN). The fonts are the
/// GB/T 9704 faces the Word document names, each followed by the names the same face has on Windows, macOS and
/// Linux, ending in a generic family. The print part sets A4 with the 公文 margins, breaks pages where the document
/// has a page break, and keeps header rows repeating (thead) and rows unsplit.
/// </summary>
internal static class PageStyle
{
    public const string Css = """
:root {
  --body-font: "仿宋_GB2312", "FangSong_GB2312", "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif;
  --heading-font: "黑体", "SimHei", "STHeiti", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  --kai-font: "楷体_GB2312", "KaiTi_GB2312", "KaiTi", "楷体", "STKaiti", "Noto Serif CJK SC", serif;
  --title-font: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", "宋体", "STSong", "Noto Serif CJK SC", serif;
  --table-font: "宋体", "SimSun", "STSong", "Noto Serif CJK SC", serif;
}
body { margin: 0 auto; max-width: 52em; padding: 1.5em; font-family: var(--body-font); font-size: 16pt; line-height: 1.75; color: #000; background: #fff; }
h1, h2, h3, h4, h5 { margin: 0.6em 0; font-size: 16pt; font-weight: normal; line-height: 1.75; }
h1 { font-family: var(--title-font); font-size: 22pt; text-align: center; margin: 0.5em 0 1em; }
h2 { font-family: var(--heading-font); text-align: center; }
h3 { font-family: var(--heading-font); text-indent: 2em; }
h4 { font-family: var(--kai-font); text-indent: 2em; }
h5 { font-family: var(--body-font); font-weight: bold; text-indent: 2em; }
p { margin: 0; text-align: justify; }
p.body { text-indent: 2em; }
p.note { text-indent: 2em; font-size: 12pt; line-height: 1.6; }
p.caption { font-family: var(--heading-font); font-size: 14pt; text-align: center; margin: 0.3em 0 0.8em; }
p.centered { text-align: center; }
p.cover { text-align: center; text-indent: 0; font-family: var(--kai-font, inherit); }
p.right { text-align: right; }
nav.contents { margin: 0 0 1.5em; padding: 0.5em 1em; border: 1px solid #999; font-size: 12pt; line-height: 1.6; }
nav.contents h2 { font-size: 14pt; margin: 0.2em 0; }
nav.contents ol { list-style: none; margin: 0; padding-left: 0; }
nav.contents ol ol { padding-left: 2em; }
nav.contents a { color: #1a3d8f; text-decoration: none; }
nav.contents a:hover { text-decoration: underline; }
.table-block { margin: 1em 0; overflow-x: auto; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-family: var(--table-font); font-size: 10.5pt; line-height: 1.4; }
caption { caption-side: top; }
.table-title { display: block; font-family: var(--heading-font); font-size: 14pt; text-align: center; margin: 0.3em 0; }
.table-unit { display: block; text-align: right; margin-bottom: 0.2em; }
th, td { border: 1px solid #000; padding: 0.15em 0.3em; vertical-align: middle; overflow-wrap: anywhere; }
th { font-weight: normal; }
.l { text-align: left; }
.c { text-align: center; }
.r { text-align: right; font-variant-numeric: tabular-nums; }
.table-note { font-size: 12pt; line-height: 1.6; text-indent: 2em; margin-top: 0.3em; }
figure.chart { margin: 1em auto 0.5em; text-align: center; }
figure.chart img { display: block; margin: 0 auto; width: 15cm; max-width: 100%; height: auto; }
figure.chart figcaption { font-family: var(--heading-font); font-size: 14pt; margin-top: 0.3em; }
.page-break { margin: 2em 0; border-top: 1px dashed #bbb; }
@media print {
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  body { max-width: none; padding: 0; }
  table { font-size: 9pt; }
  nav.contents { display: none; }
  .page-break { margin: 0; border: 0; break-after: page; page-break-after: always; }
  h1, h2, h3, h4, h5, caption, .table-unit { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr, figure.chart { break-inside: avoid; page-break-inside: avoid; }
  .table-block { overflow: visible; }
  a { color: inherit; }
}
""";
}
