using System.Globalization;
using Xunit.Abstractions;

namespace CalendarGen.Cli.Tests.Serve;

/// <summary>
/// The live preview in a real browser (headless Chromium): navigation, the 30/7 page's annotations, edits on disk
/// reaching the open page while it stays on its page, broken saves, and the time from a save to the new image.
/// </summary>
public sealed class BrowserPreviewTests(ITestOutputHelper output)
{
    private const int Repetitions = 7;

    [FactNeeds("chromium", "chromedriver")]
    public async Task A_block_day_page_follows_edits_on_disk_and_shows_a_broken_save_with_its_line()
    {
        await using var served = await ServedTemplate.StartAsync("block-dai", 2027);
        using var browser = new Browser();
        browser.Driver.Navigate().GoToUrl(served.Address);
        WaitForImage(browser, "page:cover", 1);

        browser.Find("go-3007").Click();
        WaitForImage(browser, "2027-07-30", 1);
        browser.WaitUntil(() => browser.Attribute("page-text", "data-key") == "2027-07-30", "the text of 30/7");
        foreach (string annotation in new[] { "Ngày thế giới phòng chống mua bán người", "Ngày toàn dân phòng, chống mua bán người" })
        {
            Assert.Contains(annotation, browser.Text("page-text"), StringComparison.Ordinal);
            Assert.Contains(annotation, browser.Attribute("page", "alt"), StringComparison.Ordinal);
        }

        long before = browser.ImageChecksum();
        served.ChangeInkColour(1);
        WaitForImage(browser, "2027-07-30", 2);
        Assert.NotEqual(before, browser.ImageChecksum());

        Report("block-dai, day page 2027-07-30", MeasureSaves(browser, served, "2027-07-30", firstStep: 2));

        string good = served.Text;
        int generation = Generation(browser);
        int line = served.BreakKind();
        browser.WaitUntil(() => browser.Text("problems").Contains($"block-dai.yaml:{line}:", StringComparison.Ordinal), $"the problem at line {line}");
        Assert.Equal(generation, Generation(browser));
        Assert.Equal("2027-07-30", browser.Attribute("page", "data-key"));
        Assert.Contains("bad", browser.Attribute("status", "class"), StringComparison.Ordinal);

        served.Save(good);
        WaitForImage(browser, "2027-07-30", generation + 2);
        Assert.Equal("", browser.Text("problems"));

        // The page is kept by its date, not its number: without the cover, 30/7 is one page earlier.
        string before30July = browser.Attribute("page", "src") ?? "";
        served.RemoveCover();
        WaitForImage(browser, "2027-07-30", generation + 3);
        Assert.Contains("/api/pages/212.png", before30July, StringComparison.Ordinal);
        Assert.Contains("/api/pages/211.png", browser.Attribute("page", "src"), StringComparison.Ordinal);
        Assert.Contains("Ngày toàn dân phòng, chống mua bán người", browser.Attribute("page", "alt"), StringComparison.Ordinal);
    }

    [FactNeeds("chromium", "chromedriver")]
    public async Task A_wall_month_page_follows_edits_on_disk_and_the_navigation_finds_months_days_and_Tet()
    {
        await using var served = await ServedTemplate.StartAsync("wall-13", 2027);
        using var browser = new Browser();
        browser.Driver.Navigate().GoToUrl(served.Address);
        WaitForImage(browser, "page:cover", 1);

        browser.Driver.FindElement(OpenQA.Selenium.By.CssSelector("#months button[data-month='7']")).Click();
        WaitForImage(browser, "month:2027-07-01", 1);
        Report("wall-13, month page 7/2027", MeasureSaves(browser, served, "month:2027-07-01", firstStep: 1));

        browser.Find("go-tet").Click();
        WaitForImage(browser, "month:2027-02-01", Generation(browser));
        browser.Driver.ExecuteScript("const d = document.getElementById('date'); d.value = '2027-11-20'; d.dispatchEvent(new Event('change'));");
        WaitForImage(browser, "month:2027-11-01", Generation(browser));
        browser.Find("prev").Click();
        WaitForImage(browser, "month:2027-10-01", Generation(browser));
    }

    [FactNeeds("chromium", "chromedriver")]
    public async Task The_contact_sheet_shows_every_page_and_a_click_opens_one()
    {
        await using var served = await ServedTemplate.StartAsync("wall-13", 2027);
        using var browser = new Browser();
        browser.Driver.Navigate().GoToUrl(served.Address);
        WaitForImage(browser, "page:cover", 1);

        browser.Find("toggle-view").Click();
        var thumbnails = browser.Driver.FindElements(OpenQA.Selenium.By.CssSelector("#contact button"));
        Assert.Equal(13, thumbnails.Count);
        Assert.True(browser.Find("page-view").GetDomProperty("hidden") == "True" || browser.Attribute("page-view", "hidden") is not null);

        thumbnails[5].Click();
        WaitForImage(browser, "month:2027-05-01", 1);
        Assert.Null(browser.Attribute("page-view", "hidden"));
    }

    /// <summary>Saves the template <see cref="Repetitions"/> times; the milliseconds from each save to the new image loaded.</summary>
    private static List<double> MeasureSaves(Browser browser, ServedTemplate served, string key, int firstStep)
    {
        var times = new List<double>();
        for (int i = 0; i < Repetitions; i++)
        {
            int generation = Generation(browser);
            long saved = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            served.ChangeInkColour(firstStep + i);
            WaitForImage(browser, key, generation + 1);
            times.Add(long.Parse(browser.Attribute("page", "data-loaded-at")!, CultureInfo.InvariantCulture) - saved);
        }

        return times;
    }

    private void Report(string what, List<double> times)
    {
        var sorted = times.Order().ToList();
        double median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        output.WriteLine(FormattableString.Invariant(
            $"save → updated image in the browser, {what}: median {median:0} ms over {times.Count} saves ({string.Join(", ", times.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))} ms)"));
    }

    private static int Generation(Browser browser) =>
        int.Parse(browser.Attribute("page", "data-generation") ?? "0", CultureInfo.InvariantCulture);

    /// <summary>Waits until the page image shows the page <paramref name="key"/> of generation <paramref name="generation"/> or newer.</summary>
    private static void WaitForImage(Browser browser, string key, int generation) =>
        browser.WaitUntil(() => browser.Attribute("page", "data-key") == key && Generation(browser) >= generation, $"page {key} of generation {generation}");
}
