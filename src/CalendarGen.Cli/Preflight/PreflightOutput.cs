using System.Text.Json;
using CalendarGen.Rendering.Preflight;

namespace CalendarGen.Cli.Preflight;

/// <summary>The preflight report as a table (Vietnamese or English) for people and as JSON for CI.</summary>
internal static class PreflightOutput
{
    public static void WriteTable(PreflightReport report, string path, bool english, TextWriter output)
    {
        int errors = report.Findings.Count(f => f.Severity == PreflightSeverity.Error);
        int warnings = report.Findings.Count - errors;
        foreach (var f in report.Findings)
        {
            string severity = f.Severity == PreflightSeverity.Error ? (english ? "error" : "lỗi") : (english ? "warning" : "cảnh báo");
            string page = f.Page == 0 ? (english ? "document" : "tài liệu") : (english ? $"page {f.Page}" : $"trang {f.Page}");
            string count = f.Count > 1 ? $" (×{f.Count})" : "";
            output.WriteLine($"{severity,-8}  {page,-9}  {f.Rule,-18}  {f.Where}: {(english ? f.Message : f.MessageVi)}{count}");
        }

        string year = report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
        string annotated = report.AnnotationPages.Count == 0 ? "-" : string.Join(',', report.AnnotationPages);
        string spots = report.SpotInks.Count == 0 ? (english ? "none" : "không có") : string.Join(", ", report.SpotInks);
        output.WriteLine(english
            ? $"{path}: {report.Pages} pages, year {year}; {report.LunarPairsFound} lunar pairs found, {report.LunarPairsChecked} checked; "
              + $"{report.WeekdaysChecked} weekdays checked; {report.TetMarksChecked} Tết marks checked; 30/7 pages: {annotated}; spot inks: {spots}; {report.OperatorsWalked} operators walked, {report.ChecksRun} checks; "
              + $"{errors} errors, {warnings} warnings"
            : $"{path}: {report.Pages} trang, năm {year}; tìm thấy {report.LunarPairsFound} cặp ngày âm, đã kiểm {report.LunarPairsChecked}; "
              + $"đã kiểm {report.WeekdaysChecked} thứ, {report.TetMarksChecked} dấu Tết; trang 30/7: {annotated}; màu pha: {spots}; {report.OperatorsWalked} toán tử, {report.ChecksRun} phép kiểm; "
              + $"{errors} lỗi, {warnings} cảnh báo");
    }

    public static void WriteJson(PreflightReport report, string path, TextWriter output)
    {
        var document = new
        {
            file = path,
            pages = report.Pages,
            year = report.Year,
            ok = !report.HasErrors,
            errors = report.Findings.Count(f => f.Severity == PreflightSeverity.Error),
            warnings = report.Findings.Count(f => f.Severity == PreflightSeverity.Warning),
            lunarPairsFound = report.LunarPairsFound,
            lunarPairsChecked = report.LunarPairsChecked,
            weekdaysChecked = report.WeekdaysChecked,
            tetMarksChecked = report.TetMarksChecked,
            annotationPages = report.AnnotationPages,
            operatorsWalked = report.OperatorsWalked,
            spotInks = report.SpotInks,
            checksRun = report.ChecksRun,
            findings = report.Findings.Select(f => new
            {
                rule = f.Rule,
                severity = f.Severity == PreflightSeverity.Error ? "error" : "warning",
                page = f.Page,
                where = f.Where,
                message = f.Message,
                messageVi = f.MessageVi,
                count = f.Count,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, JsonOutput.Indented));
    }
}
