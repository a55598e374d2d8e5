using System.Diagnostics;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace CalendarGen.Cli.Tests.Serve;

/// <summary>
/// Debian's headless Chromium driven through its chromedriver, both named by path so Selenium never looks for (or
/// downloads) a browser or a driver of its own. A fresh profile per session, deleted with it.
/// </summary>
internal sealed class Browser : IDisposable
{
    private readonly TempFolder profile = new("calendargen-chromium-");

    public Browser()
    {
        string chromium = ExternalTool.Find("chromium") ?? throw new InvalidOperationException("chromium is not installed (apt-get install chromium)");
        string chromedriver = ExternalTool.Find("chromedriver") ?? throw new InvalidOperationException("chromedriver is not installed (apt-get install chromium-driver)");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(chromedriver)!, Path.GetFileName(chromedriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--window-size=1400,1000", $"--user-data-dir={profile.Path}");
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public ChromeDriver Driver { get; }

    public IWebElement Find(string id) => Driver.FindElement(By.Id(id));

    /// <summary>An attribute of an element, or null.</summary>
    public string? Attribute(string id, string name) => Find(id).GetAttribute(name);

    /// <summary>The text of an element, hidden or not.</summary>
    public string Text(string id) => Find(id).GetDomProperty("textContent") ?? "";

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with <paramref name="what"/> after the timeout.</summary>
    public void WaitUntil(Func<bool> condition, string what, double seconds = 20)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (condition())
                {
                    return;
                }
            }
            catch (StaleElementReferenceException)
            {
                // The page replaced the element between finding and reading it: look again.
            }

            if (clock.Elapsed.TotalSeconds > seconds)
            {
                throw new TimeoutException($"waited {seconds} s for {what}");
            }

            Thread.Sleep(10);
        }
    }

    /// <summary>A checksum of the pixels the browser shows for the page image (drawn on a canvas).</summary>
    public long ImageChecksum() => (long)Driver.ExecuteScript("""
        const image = document.getElementById("page");
        const canvas = document.createElement("canvas");
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext("2d");
        context.drawImage(image, 0, 0);
        const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let sum = 0;
        for (let i = 0; i < data.length; i++) sum = (sum * 31 + data[i]) % 1000000007;
        return sum;
        """)!;

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        profile.Dispose();
    }
}
