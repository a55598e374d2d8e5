namespace CalendarGen.Domain.Observances;

/// <summary>What sort of day an observance is; calendars colour and list them by kind.</summary>
public enum ObservanceKind
{
    /// <summary>A public holiday with a day off (Labour Code 2019, art. 112).</summary>
    PublicHoliday,

    /// <summary>A national observance or anniversary, without a day off.</summary>
    National,

    /// <summary>An international day (UN and others).</summary>
    International,

    /// <summary>A traditional festival on a lunar date.</summary>
    LunarFestival,

    /// <summary>A user's own day: a company anniversary, a local festival, an imported event.</summary>
    Custom,
}

/// <summary>The spellings of <see cref="ObservanceKind"/> in data files.</summary>
public static class ObservanceKinds
{
    private static readonly (ObservanceKind Kind, string Name)[] Names =
    [
        (ObservanceKind.PublicHoliday, "public-holiday"),
        (ObservanceKind.National, "national"),
        (ObservanceKind.International, "international"),
        (ObservanceKind.LunarFestival, "lunar-festival"),
        (ObservanceKind.Custom, "custom"),
    ];

    /// <summary>Every spelling, in declaration order.</summary>
    public static IEnumerable<string> All => Names.Select(n => n.Name);

    /// <summary>"public-holiday", "national", …</summary>
    public static string ToName(this ObservanceKind kind) => Names.First(n => n.Kind == kind).Name;

    /// <summary>Reads a spelling; false if it is not one.</summary>
    public static bool TryParse(string name, out ObservanceKind kind)
    {
        foreach (var (k, n) in Names)
        {
            if (n == name)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
