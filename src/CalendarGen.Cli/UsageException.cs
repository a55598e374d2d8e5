namespace CalendarGen.Cli;

/// <summary>Bad input from the user (arguments, files, data): reported one line per problem, exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : this([message])
    {
    }

    public UsageException(IEnumerable<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = [.. problems];
    }

    /// <summary>Each problem, one line each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
