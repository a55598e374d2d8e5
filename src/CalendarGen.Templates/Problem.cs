using System.Collections.Immutable;

namespace CalendarGen.Templates;

/// <summary>One thing wrong with an input file, with where it is (line and column from 1; 0 when unknown).</summary>
public sealed record Problem(string File, int Line, int Column, string Message)
{
    /// <summary>"file:line:col: message", the form editors and compilers use.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}

/// <summary>What loading a file gave: the value when there were no problems, else every problem found.</summary>
public sealed record LoadResult<T>(T? Value, ImmutableArray<Problem> Problems) where T : class
{
    /// <summary>What loads but prints badly (print-quality rules): reported, and errors only with --strict.</summary>
    public ImmutableArray<Problem> Warnings { get; init; } = [];

    /// <summary>Whether the file loaded without problems.</summary>
    public bool Succeeded => Problems.IsEmpty && Value is not null;

    internal static LoadResult<T> Failed(IEnumerable<Problem> problems) => new(null, [.. problems]);
}
