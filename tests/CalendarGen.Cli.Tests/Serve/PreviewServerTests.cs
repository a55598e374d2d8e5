using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace CalendarGen.Cli.Tests.Serve;

/// <summary>The preview server over HTTP, without a browser: its state, its pages, its rebuilds and what it refuses.</summary>
public sealed class PreviewServerTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task The_server_listens_on_the_loopback_address_only()
    {
        await using var served = await ServedTemplate.StartAsync("wall-13", 2027);

        Assert.Equal("127.0.0.1", served.Address.Host);
        Assert.NotEqual(0, served.Address.Port);
    }

    [Fact]
    public async Task The_state_lists_every_page_with_a_key_that_names_its_date()
    {
        await using var served = await ServedTemplate.StartAsync("block-dai", 2027);

        using var state = await State(served);
        var pages = state.RootElement.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(365 + 2, pages.Count);
        var july30 = Assert.Single(pages, p => p.GetProperty("key").GetString() == "2027-07-30");
        Assert.Equal("day", july30.GetProperty("kind").GetString());
        Assert.Equal("2027-02-06", state.RootElement.GetProperty("tet").GetString());
        Assert.True(state.RootElement.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task The_text_of_the_30_July_page_carries_both_anti_trafficking_annotations()
    {
        await using var served = await ServedTemplate.StartAsync("block-dai", 2027);
        int number = (await PageNumbers(served))["2027-07-30"];

        string text = await Http.GetStringAsync(new Uri(served.Address, $"api/pages/{number}/text"));

        Assert.Contains("Ngày thế giới phòng chống mua bán người", text, StringComparison.Ordinal);
        Assert.Contains("Ngày toàn dân phòng, chống mua bán người", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_comes_as_a_PNG_and_the_same_generation_answers_not_modified()
    {
        await using var served = await ServedTemplate.StartAsync("wall-13", 2027);

        using var response = await Http.GetAsync(new Uri(served.Address, "api/pages/8.png"));
        byte[] png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(served.Address, "api/pages/8.png"));
        again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.ToString());
        using var cached = await Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
    }

    [Fact]
    public async Task Saving_the_template_publishes_a_new_generation_with_a_different_image()
    {
        await using var served = await ServedTemplate.StartAsync("wall-13", 2027);
        byte[] before = await Http.GetByteArrayAsync(new Uri(served.Address, "api/pages/8.png"));

        served.ChangeInkColour(3);
        await served.WaitForBuildAsync(2);

        using var state = await State(served);
        Assert.Equal(2, state.RootElement.GetProperty("generation").GetInt32());
        byte[] after = await Http.GetByteArrayAsync(new Uri(served.Address, "api/pages/8.png"));
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task A_broken_save_lists_the_problem_with_its_line_and_keeps_the_last_good_pages()
    {
        await using var served = await ServedTemplate.StartAsync("wall-13", 2027);

        int line = served.BreakKind();
        await served.WaitForBuildAsync(2);

        using var state = await State(served);
        var root = state.RootElement;
        Assert.False(root.GetProperty("ok").GetBoolean());
        Assert.Equal(1, root.GetProperty("generation").GetInt32());
        Assert.Equal(13, root.GetProperty("pages").GetArrayLength());
        var problem = root.GetProperty("problems")[0];
        Assert.Equal(line, problem.GetProperty("line").GetInt32());
        Assert.Contains($"wall-13.yaml:{line}:", problem.GetProperty("text").GetString(), StringComparison.Ordinal);
        using var page = await Http.GetAsync(new Uri(served.Address, "api/pages/1.png"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Build_numbers_arrive_as_server_sent_events()
    {
        await using var served = await ServedTemplate.StartAsync("wall-13", 2027);
        using var response = await Http.GetAsync(new Uri(served.Address, "api/events"), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("data: 1", await reader.ReadLineAsync());

        served.ChangeInkColour(1);

        string? line;
        while ((line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20))) is "" or null || line.StartsWith(':'))
        {
        }

        Assert.Equal("data: 2", line);
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/file?path=/etc/passwd")]
    [InlineData("/app.js/../../../etc/passwd")]
    [InlineData("/wall-13.yaml")]
    [InlineData("/api/pages/1.png/../../../wall-13.yaml")]
    [InlineData("/api/pages/999.png")]
    public async Task Paths_that_name_no_route_are_not_found(string target)
    {
        await using var served = await ServedTemplate.StartAsync("wall-13", 2027);

        // Raw bytes: an HTTP client would tidy the dot segments away before sending.
        string status = await RawGet(served.Address, target, served.Address.Authority);

        Assert.Equal("404", status);
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused()
    {
        await using var served = await ServedTemplate.StartAsync("wall-13", 2027);

        string status = await RawGet(served.Address, "/api/state", "attacker.example:" + served.Address.Port);

        Assert.Equal("400", status);
    }

    private static async Task<JsonDocument> State(ServedTemplate served) =>
        JsonDocument.Parse(await Http.GetStringAsync(new Uri(served.Address, "api/state")));

    private static async Task<Dictionary<string, int>> PageNumbers(ServedTemplate served)
    {
        using var state = await State(served);
        return state.RootElement.GetProperty("pages").EnumerateArray()
            .ToDictionary(p => p.GetProperty("key").GetString()!, p => p.GetProperty("number").GetInt32());
    }

    /// <summary>The status code of a GET sent exactly as written.</summary>
    private static async Task<string> RawGet(Uri server, string target, string host)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        string statusLine = await reader.ReadLineAsync() ?? "";
        return statusLine.Split(' ')[1];
    }
}
