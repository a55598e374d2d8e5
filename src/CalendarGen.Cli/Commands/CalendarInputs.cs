using System.CommandLine;
using CalendarGen.Domain.Calendar;
using CalendarGen.Domain.Observances;
using CalendarGen.Templates.Observances;
using NodaTime;

namespace CalendarGen.Cli.Commands;

/// <summary>
/// The options every calendar-building command shares — the year, users' observance files and a day-off schedule —
/// and how they become a <see cref="CalendarYear"/>. (Templates set their own first weekday.)
/// </summary>
internal sealed class CalendarInputs
{
    public Option<int> Year { get; } = new("--year", "-y")
    {
        Description = "The Gregorian year (1900–2199)",
        Required = true,
    };

    public Option<string[]> Events { get; } = new("--events")
    {
        Description = "A file of your own observances (.yaml in the shipped format, or .ics) laid over the shipped set; repeatable",
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Schedule { get; } = new("--schedule")
    {
        Description = "The year's announced days off and substitute days (see samples/schedules/2026.yaml)",
        HelpName = "FILE",
    };

    public CalendarInputs(bool withYear = true) => Options = withYear ? [Year, Events, Schedule] : [Events, Schedule];

    public IReadOnlyList<Option> Options { get; }

    /// <summary>Adds these options to a command.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in Options)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The year given with --year, checked.</summary>
    public int YearOf(ParseResult parseResult)
    {
        int year = parseResult.GetValue(Year);
        return year is >= 1900 and <= 2199 ? year : throw new UsageException($"--year {year} is outside 1900–2199");
    }

    /// <summary>The shipped observances with the --events files laid over them.</summary>
    public ObservanceSet ObservancesOf(ParseResult parseResult)
    {
        var files = parseResult.GetValue(Events) ?? [];
        var result = ObservanceSets.WithFiles(ObservanceSets.Shipped(ObservanceSets.Default), files);
        return result.Value ?? throw new UsageException(result.Problems.Select(p => p.ToString()));
    }

    /// <summary>The --schedule file, if given; it must be for <paramref name="year"/>.</summary>
    public DayOffSchedule? ScheduleOf(ParseResult parseResult, int year)
    {
        if (parseResult.GetValue(Schedule) is not { } path)
        {
            return null;
        }

        var result = ScheduleFile.Load(path);
        if (result.Value is not { } schedule)
        {
            throw new UsageException(result.Problems.Select(p => p.ToString()));
        }

        return schedule.Year == year ? schedule : throw new UsageException($"{path}: the schedule is for {schedule.Year}, not {year}");
    }

    /// <summary>The calendar of a year with the observances and schedule the options name.</summary>
    public CalendarYear Build(ParseResult parseResult, int year, IsoDayOfWeek firstDayOfWeek = IsoDayOfWeek.Monday)
    {
        var observances = ObservancesOf(parseResult);
        CheckRules(observances, year);
        return CalendarYear.Build(year, observances, ScheduleOf(parseResult, year), firstDayOfWeek);
    }

    /// <summary>Refuses a year in which an observance's rule cannot be met (SECURITY.md: no silently wrong calendar).</summary>
    public static void CheckRules(ObservanceSet observances, int year)
    {
        var problems = ObservanceSets.UnmetIn(observances, year).Select(p => p.ToString()).ToList();
        if (problems.Count > 0)
        {
            throw new UsageException(problems);
        }
    }
}
