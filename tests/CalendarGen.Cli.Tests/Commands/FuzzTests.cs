using System.Text;
using CsCheck;

namespace CalendarGen.Cli.Tests.Commands;

/// <summary>
/// Property-based fuzzing of every file a user hands calendargen (templates, observance files, .ics, schedules, pack
/// files): random mutations of real files and random bytes never throw past the CLI, never hang, never leave a file at
/// the output path when they fail, and every failure is exit code 2 with one "error:" line per problem naming the file.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private const int Iterations = 60;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private static readonly byte[] Hostile = Encoding.UTF8.GetBytes("{}[]:,-#&*!|>'\"%@`\t\n 0a/\\.ắ\u0000\u00ff");

    private readonly TempFolder temp = new("calendargen-fuzz-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Mutated_templates_are_valid_or_refused_with_a_location() =>
        Fuzz("t.yaml", File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "templates", "wall-poster.yaml")), (file, output) =>
            ["render", file, "--year", "2027", "--profile", "screen", "-o", output]);

    [Fact]
    public void Mutated_observance_files_are_valid_or_refused_with_a_location() =>
        Fuzz("events.yaml", Encoding.UTF8.GetBytes("""
            set: company
            observances:
              - id: thanh-lap
                name: Ngày thành lập công ty
                kind: custom
                solar: 15/3
                days: 2
              - id: cuoi-nam
                name: Tất niên
                kind: custom
                lunar: 30/12
                if_missing: last_day
            remove:
              - ngay-chien-thang
            """), (file, output) => ["events", "--year", "2027", "--events", file, "--format", "json", "-o", output]);

    [Fact]
    public void Mutated_ics_files_are_valid_or_refused_with_a_location() =>
        Fuzz("events.ics", Encoding.UTF8.GetBytes(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n" +
            "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20200315\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:Thành lập\r\nEND:VEVENT\r\n" +
            "BEGIN:VEVENT\r\nUID:b@x\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20270910T090000\r\nDTEND:20270912T170000\r\nSUMMARY:Hội chợ\r\nEND:VEVENT\r\n" +
            "END:VCALENDAR\r\n"), (file, output) => ["events", "--year", "2027", "--events", file, "--format", "ics", "-o", output]);

    [Fact]
    public void Mutated_schedules_are_valid_or_refused_with_a_location() =>
        Fuzz("2026.yaml", File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "samples", "schedules", "2026.yaml")), (file, output) =>
            ["events", "--year", "2026", "--schedule", file, "-o", output]);

    [Fact]
    public void Mutated_pack_files_are_valid_or_refused_with_a_location() =>
        Fuzz("pack.yaml", Encoding.UTF8.GetBytes("""
            name: fuzz
            years: [2027]
            templates: [wall-poster]
            profiles: [screen]
            previews: { cover: true, dpi: 18 }
            """), (file, output) => ["pack", file, "-o", output, "--jobs", "1", "--quiet"], outputIsFolder: true);

    private void Fuzz(string name, byte[] original, Func<string, string, string[]> command, bool outputIsFolder = false)
    {
        int run = 0, accepted = 0, refused = 0;
        Gen.Select(Gen.Int, Gen.Int[0, 5], (seed, mode) => (seed, mode)).Sample(sample =>
        {
            string folder = Path.Combine(temp.Path, $"{run++}");
            Directory.CreateDirectory(folder);
            string file = Path.Combine(folder, name);
            File.WriteAllBytes(file, Mutate(original, sample.seed, sample.mode));
            string output = Path.Combine(folder, outputIsFolder ? "out" : "result.out");

            var result = WithinLimit(() => CliRunner.Run(command(file, output)));
            Assert.True(result.ExitCode is 0 or 2, $"exit {result.ExitCode}: {result.Error}");
            accepted += result.ExitCode == 0 ? 1 : 0;
            refused += result.ExitCode == 2 ? 1 : 0;
            if (result.ExitCode == 2)
            {
                var lines = result.Error.TrimEnd('\n').Split('\n');
                Assert.All(lines, line => Assert.StartsWith("calendargen: error: ", line));
                Assert.Contains(lines, line => line.Contains(name, StringComparison.Ordinal) || line.Contains("--", StringComparison.Ordinal));
                Assert.False(outputIsFolder ? File.Exists(Path.Combine(output, "manifest.json")) : File.Exists(output), "a failed run left its output");
            }

            Assert.DoesNotContain("   at ", result.Error);
            Assert.Empty(Directory.GetFiles(folder, "*calendargen-tmp", SearchOption.AllDirectories));
        }, iter: Iterations, threads: 1);

        // The fuzzing reached both sides: files that still work and files that are refused.
        Assert.Equal(Iterations, run);
        Assert.True(accepted > 0 && refused > 0, $"{accepted} accepted, {refused} refused");
    }

    /// <summary>Truncation, byte changes, line duplication and removal, or random bytes, chosen by the mode.</summary>
    private static byte[] Mutate(byte[] original, int seed, int mode)
    {
        var random = new Random(seed);
        var bytes = new List<byte>(original);
        switch (mode)
        {
            case 0:
                return original[..random.Next(original.Length + 1)];
            case 1:
                byte[] noise = new byte[random.Next(1, 2000)];
                random.NextBytes(noise);
                return noise;
            case 2:
                var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
                int at = random.Next(lines.Count);
                if (random.Next(2) == 0)
                {
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                }
                else
                {
                    lines.RemoveAt(at);
                }

                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            default:
                for (int i = 0; i < 1 + random.Next(6); i++)
                {
                    int position = random.Next(bytes.Count + 1);
                    byte value = Hostile[random.Next(Hostile.Length)];
                    if (mode == 3 || bytes.Count == 0)
                    {
                        bytes.Insert(position, value);
                    }
                    else if (position < bytes.Count)
                    {
                        bytes[position] = value;
                    }
                }

                return [.. bytes];
        }
    }

    private static CliRunner.Result WithinLimit(Func<CliRunner.Result> run)
    {
        var task = Task.Run(run);
        return task.Wait(Limit) ? task.Result : throw new TimeoutException($"a run took longer than {Limit.TotalSeconds} s");
    }
}
