using CalendarGen.Templates.Files;

namespace CalendarGen.Templates.Tests.Files;

public sealed class SafeNameTests
{
    [Theory]
    [InlineData("block-dai", "block-dai")]
    [InlineData("Lịch Tết 2027", "Lịch-Tết-2027")]
    [InlineData("../../etc/cron.d/x", "etc-cron.d-x")]
    [InlineData("/abs/path", "abs-path")]
    [InlineData("..", "calendar")]
    [InlineData("", "calendar")]
    [InlineData("a\0b", "a-b")]
    [InlineData("NUL", "_NUL")]
    [InlineData("con.pdf", "_con.pdf")]
    [InlineData("a..b", "a.b")]
    public void Names_from_data_become_safe_file_names(string name, string expected)
    {
        Assert.Equal(expected, SafeName.Of(name));
    }

    [Fact]
    public void A_safe_name_never_holds_a_separator_or_climbs()
    {
        foreach (string name in new[] { "a/b", "a\\b", "../..", "./.", "x/../../y" })
        {
            string safe = SafeName.Of(name);
            Assert.DoesNotContain('/', safe);
            Assert.DoesNotContain('\\', safe);
            Assert.DoesNotContain("..", safe);
            Assert.False(safe.StartsWith('.'));
        }
    }
}
