package org.clinicflow.scenarios.report.html;

/**
 * The report's style sheet, inlined so the page needs nothing else: system fonts, light colours, tables that read in
 * print, charts as wide as the page, and for printing one section per page with table headers repeated.
 */
final class ReportStyle {
    static final String CSS = """
            :root { --ink: #222; --muted: #555; --rule: #d0d0d0; --band: #f4f6f8; --accent: #0072b2; }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body { margin: 0; color: var(--ink); background: #fff;
                   font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; }
            header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
            header { padding-top: 28px; border-bottom: 3px solid var(--accent); }
            h1 { font-size: 30px; margin: 0 0 4px; }
            .subtitle { color: var(--muted); margin: 0 0 12px; }
            nav ol { columns: 2; margin: 0 0 16px; padding-left: 22px; }
            nav a { color: var(--accent); text-decoration: none; }
            section { padding: 18px 0 8px; border-bottom: 1px solid var(--rule); }
            h2 { font-size: 23px; margin: 8px 0 10px; }
            p { margin: 6px 0 10px; max-width: 72em; }
            .caption { color: var(--muted); }
            table { border-collapse: collapse; margin: 8px 0 12px; font-size: 14.5px; }
            th, td { border-bottom: 1px solid var(--rule); padding: 5px 10px; vertical-align: top; }
            th { text-align: left; background: var(--band); border-bottom: 2px solid #999; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            td.num { white-space: nowrap; }
            tbody th { background: none; border-bottom: 1px solid var(--rule); font-weight: 600; white-space: nowrap; }
            tbody tr:nth-child(even) td { background: #fafafa; }
            figure { margin: 10px 0 18px; }
            figure svg { display: block; width: 100%; height: auto; border: 1px solid var(--rule); }
            figcaption { font-size: 14px; color: var(--muted); margin-top: 4px; }
            figcaption a { color: var(--accent); }
            table.roster td { min-width: 7.5em; font-size: 13.5px; line-height: 1.3; }
            .shift { border-left: 6px solid; padding: 2px 6px; margin: 2px 0; border-radius: 2px;
                     -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            .shift b { font-weight: 600; }
            .shift .time { white-space: nowrap; }
            .off { color: #999; }
            .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 14px; margin: 6px 0; padding: 0;
                      list-style: none; }
            .swatch { display: inline-block; width: 14px; height: 14px; margin-right: 6px; vertical-align: -2px;
                      -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            pre { background: var(--band); border: 1px solid var(--rule); padding: 10px 12px; overflow-x: auto;
                  font: 13px/1.45 "DejaVu Sans Mono", Consolas, Menlo, monospace; white-space: pre-wrap; }
            footer { color: var(--muted); font-size: 13px; padding: 16px 24px 32px; }
            @media print {
              @page { size: A4; margin: 14mm 12mm; }
              body { font-size: 11pt; }
              header, main, footer { max-width: none; padding: 0; }
              header { border-bottom-width: 2px; }
              section { border-bottom: none; padding-top: 0; }
              section + section { break-before: page; }
              h2 { break-after: avoid; }
              figure, tr, .shift { break-inside: avoid; }
              thead { display: table-header-group; }
              table { font-size: 9.5pt; width: 100%; }
              table.roster td { min-width: 0; font-size: 8.5pt; }
              nav a { color: var(--ink); }
              figure svg { border: none; }
              tbody tr:nth-child(even) td { background: none; }
            }
            """;

    private ReportStyle() {
    }
}
