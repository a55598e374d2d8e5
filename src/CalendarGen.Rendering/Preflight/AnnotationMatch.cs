namespace CalendarGen.Rendering.Preflight;

/// <summary>
/// Whether a sentence is printed on a page, however it was broken into lines: the page's words are read in content
/// order and in reading order, the sentence's letters (case, spaces and commas ignored) must follow one another, and
/// up to a dozen other words may come between two of its words (a line wrapped beside a grid column).
/// </summary>
internal static class AnnotationMatch
{
    private const int MaxSkippedWords = 12;

    public static bool IsPrinted(IReadOnlyList<TextWord> words, string sentence)
    {
        string target = CalendarText.Squeeze(sentence);
        var squeezed = words.Select(w => CalendarText.Squeeze(w.Text)).ToList();
        if (Matches(squeezed, target))
        {
            return true;
        }

        var reading = words.OrderByDescending(w => Math.Round(w.Bottom)).ThenBy(w => w.Left).Select(w => CalendarText.Squeeze(w.Text)).ToList();
        return Matches(reading, target);
    }

    private static bool Matches(List<string> words, string target)
    {
        for (int start = 0; start < words.Count; start++)
        {
            // The first word may carry a prefix ("30/07") or be the sentence's start.
            string first = words[start];
            int at = first.Length == 0 ? -1 : FirstOverlap(first, target);
            if (at < 0)
            {
                continue;
            }

            int position = at;
            int skipped = 0;
            for (int i = start + 1; i < words.Count && position < target.Length && skipped <= MaxSkippedWords; i++)
            {
                string word = words[i];
                string rest = target[position..];
                if (word.Length > 0 && rest.StartsWith(word, StringComparison.Ordinal))
                {
                    position += word.Length;
                    skipped = 0;
                }
                else if (word.StartsWith(rest, StringComparison.Ordinal))
                {
                    position = target.Length;
                }
                else
                {
                    skipped++;
                }
            }

            if (position >= target.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How much of the target a first word covers when it ends with the target's start (or contains all of it).</summary>
    private static int FirstOverlap(string word, string target)
    {
        if (word.Contains(target, StringComparison.Ordinal))
        {
            return target.Length;
        }

        for (int length = Math.Min(word.Length, target.Length); length >= 3; length--)
        {
            if (word.EndsWith(target[..length], StringComparison.Ordinal))
            {
                return length;
            }
        }

        return -1;
    }
}
