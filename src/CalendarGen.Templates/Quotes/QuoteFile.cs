using System.Collections.Immutable;
using CalendarGen.Templates.Yaml;
using YamlDotNet.RepresentationModel;

namespace CalendarGen.Templates.Quotes;

/// <summary>
/// A list of proverbs or quotes printed one a day on block pages ({quote}); shipped as <c>data/quotes/vi.yaml</c>,
/// or a file of the same form next to a template.
/// </summary>
public static class QuoteFile
{
    private static readonly string[] Keys = ["quotes"];
    private static readonly Lazy<ImmutableArray<string>> Vietnamese = new(() => YamlSource.ReadShipped<QuoteList>("quotes/vi.yaml", Read).Quotes);

    /// <summary>The shipped set of that name, or null.</summary>
    public static ImmutableArray<string>? ShippedSet(string name) => name == "vi" ? Vietnamese.Value : null;

    /// <summary>Reads a quote file.</summary>
    public static LoadResult<QuoteList> Load(string path) => YamlSource.ReadFile<QuoteList>(path, Read);

    private static LoadResult<QuoteList> Read(YamlMappingNode root, string name, List<Problem> problems)
    {
        var map = new YamlMap(root, name, problems, Keys);
        var quotes = ImmutableArray.CreateBuilder<string>();
        if (map.Sequence("quotes", required: true) is { } list)
        {
            foreach (var item in list.Children)
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } text })
                {
                    quotes.Add(text.Normalize(System.Text.NormalizationForm.FormC).Trim());
                }
                else
                {
                    map.Error(item, "each quote is one line of text");
                }
            }

            if (quotes.Count == 0)
            {
                map.Error(list, "the list of quotes is empty");
            }
        }

        return problems.Count > 0 ? LoadResult<QuoteList>.Failed(problems) : new LoadResult<QuoteList>(new QuoteList(quotes.ToImmutable()), []);
    }
}

/// <summary>The quotes of a file, in order.</summary>
public sealed record QuoteList(ImmutableArray<string> Quotes);
