using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CalendarGen.Cli.Serve;

/// <summary>
/// Kestrel on 127.0.0.1 serving a <see cref="LivePreview"/>: the page, its script and style (embedded), the state as
/// JSON, PNGs of pages and a contact sheet, and a stream of build numbers. Only these routes exist; no file on disk is
/// ever served by a path from the request.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private PreviewServer(WebApplication app, LivePreview preview, Uri address)
    {
        this.app = app;
        Preview = preview;
        Address = address;
    }

    /// <summary>The page's address, "http://127.0.0.1:PORT/".</summary>
    public Uri Address { get; }

    public LivePreview Preview { get; }

    /// <summary>Builds the first generation and starts listening on <paramref name="port"/> (0: any free port).</summary>
    public static async Task<PreviewServer> StartAsync(PreviewInputs inputs, int port, TimeSpan quiet, CancellationToken cancel = default)
    {
        var preview = new LivePreview(inputs, quiet);
        preview.Start();

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddRoutingCore();

        // The command handles Ctrl-C itself; the host must not take over the process's signals (nor a test's).
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();

        // A page from another site that resolves its own name to 127.0.0.1 must not read the preview (DNS rebinding).
        builder.Services.Configure<HostFilteringOptions>(options => options.AllowedHosts = ["127.0.0.1", "localhost"]);
        builder.Services.AddSingleton(preview);

        var app = builder.Build();
        app.UseHostFiltering();
        app.UseRouting();
        PreviewEndpoints.Map(app, preview);
        try
        {
            await app.StartAsync(cancel).ConfigureAwait(false);
        }
        catch
        {
            preview.Dispose();
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        string bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, preview, new Uri(bound.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        Preview.Dispose();
    }

    private sealed class QuietLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
