using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CalendarGen.Cli.Serve;

/// <summary>The routes of the preview server. Each names what it returns; none takes a file path.</summary>
internal static class PreviewEndpoints
{
    /// <summary>Resolutions a page may be asked for: the browser's view and its thumbnails.</summary>
    private const int MinDpi = 18, MaxDpi = 200;

    /// <summary>camelCase, the names a script expects.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(WebApplication app, LivePreview preview)
    {
        app.MapGet("/", () => Asset("index.html", "text/html; charset=utf-8"));
        app.MapGet("/app.js", () => Asset("app.js", "text/javascript; charset=utf-8"));
        app.MapGet("/app.css", () => Asset("app.css", "text/css; charset=utf-8"));
        app.MapGet("/api/state", () => Results.Json(PreviewState.Of(preview.Snapshot), Json));
        app.MapGet("/api/pages/{number:int}.png", (int number, int? dpi, HttpContext http) =>
            Image(http, preview, (good, d) => number >= 1 && number <= good.Entries.Count ? good.PagePng(number, d) : null, $"p{number}", dpi ?? 110));
        app.MapGet("/api/pages/{number:int}/text", (int number) =>
            preview.Snapshot.Good is { } good && number >= 1 && number <= good.Entries.Count
                ? Results.Text(good.Entries[number - 1].Text, "text/plain; charset=utf-8")
                : Results.NotFound());
        app.MapGet("/api/contact.png", (HttpContext http) => Image(http, preview, (good, _) => good.ContactSheetPng(), "contact", 0));
        app.MapGet("/api/events", (HttpContext http) => Events(http, preview));
    }

    private static IResult Asset(string name, string contentType)
    {
        using var stream = typeof(PreviewEndpoints).Assembly.GetManifestResourceStream("CalendarGen.Serve." + name)
            ?? throw new InvalidOperationException($"the build lost the embedded {name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Results.Text(reader.ReadToEnd(), contentType);
    }

    /// <summary>A PNG from the last good generation, named by an ETag of that generation so a browser reuses it.</summary>
    private static IResult Image(HttpContext http, LivePreview preview, Func<Generation, int, byte[]?> draw, string what, int dpi)
    {
        if (dpi != 0 && dpi is < MinDpi or > MaxDpi)
        {
            return Results.BadRequest($"dpi must be {MinDpi}–{MaxDpi}");
        }

        // A newer generation may retire this one while it draws: then draw from the newer one.
        for (int attempt = 0; attempt < 3; attempt++)
        {
            if (preview.Snapshot.Good is not { } good)
            {
                return Results.NotFound();
            }

            string tag = string.Create(CultureInfo.InvariantCulture, $"\"g{good.Number}-{what}-{dpi}\"");
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers.ETag = tag;
            if (http.Request.Headers.IfNoneMatch == tag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            try
            {
                return draw(good, dpi) is { } png ? Results.Bytes(png, "image/png") : Results.NotFound();
            }
            catch (ObjectDisposedException)
            {
            }
            catch (CalendarGen.Layout.LayoutException e)
            {
                // An image that validated but does not draw: say so where the page would be.
                return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status500InternalServerError);
            }
        }

        return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>Server-Sent Events: the build number now, then each new one as it is published.</summary>
    private static async Task Events(HttpContext http, LivePreview preview)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        int known = -1;
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                int build = preview.Snapshot.Build;
                string message = build != known ? $"data: {build}\n\n" : ": still here\n\n";
                known = build;
                await http.Response.WriteAsync(message, cancel.Token).ConfigureAwait(false);
                await http.Response.Body.FlushAsync(cancel.Token).ConfigureAwait(false);
                try
                {
                    await preview.WaitForBuildAfter(known, cancel.Token).WaitAsync(TimeSpan.FromSeconds(15), cancel.Token).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    // A comment line now and then tells proxies and the browser the stream is alive.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away or the server stops.
        }
    }
}
