using System.Globalization;

namespace Inventory.Aws.Paths;

/// <summary>
/// Reads the text of a <see cref="DataPath"/> (grammar in src/Inventory.Collection/Catalog/README.md, "Paths"):
/// alternatives split by <c>||</c>, each <c>.</c> or dotted steps, each step a name or <c>*</c> followed by
/// any number of <c>[]</c> and <c>[n]</c>. A mistake is one line naming the path and the character.
/// </summary>
internal static class PathParser
{
    public static IReadOnlyList<IReadOnlyList<PathStep>> Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Invalid(text, "it is empty", 0);
        }

        var alternatives = new List<IReadOnlyList<PathStep>>();
        var start = 0;
        while (true)
        {
            var bar = text.IndexOf("||", start, StringComparison.Ordinal);
            var end = bar < 0 ? text.Length : bar;
            var raw = text[start..end];
            var at = start + (raw.Length - raw.TrimStart().Length);
            alternatives.Add(Alternative(text, raw.Trim(), at));
            if (bar < 0)
            {
                return alternatives;
            }

            start = bar + 2;
        }
    }

    private static List<PathStep> Alternative(string text, string alternative, int offset)
    {
        var steps = new List<PathStep>();
        if (alternative.Length == 0)
        {
            throw Invalid(text, "an alternative is empty", offset);
        }

        // "." alone is the document itself (one record of a whole answer).
        if (alternative == ".")
        {
            return steps;
        }

        var i = 0;
        while (true)
        {
            var stepStart = i;
            if (alternative[i] == '*')
            {
                steps.Add(PathStep.Values);
                i++;
            }
            else
            {
                while (i < alternative.Length && IsNameCharacter(alternative[i]))
                {
                    i++;
                }

                if (i > stepStart)
                {
                    steps.Add(new PathStep(PathStepKind.Member, alternative[stepStart..i]));
                }
            }

            while (i < alternative.Length && alternative[i] == '[')
            {
                steps.Add(Bracket(text, alternative, ref i, offset));
            }

            if (i == stepStart)
            {
                throw Invalid(text, alternative[i] == '.' ? "a step is empty" : $"'{alternative[i]}' cannot start a step", offset + i);
            }

            if (i == alternative.Length)
            {
                return steps;
            }

            if (alternative[i] != '.')
            {
                throw Invalid(text, $"'{alternative[i]}' cannot follow '{alternative[stepStart..i]}'", offset + i);
            }

            if (++i == alternative.Length)
            {
                throw Invalid(text, "a step is empty", offset + i);
            }
        }
    }

    // "[]" or "[n]", from the '[' at i; i moves past the ']'.
    private static PathStep Bracket(string text, string alternative, ref int i, int offset)
    {
        var close = alternative.IndexOf(']', i);
        if (close < 0)
        {
            throw Invalid(text, "'[' is not closed", offset + i);
        }

        var inside = alternative[(i + 1)..close];
        var at = i;
        i = close + 1;
        if (inside.Length == 0)
        {
            return PathStep.Flatten;
        }

        return int.TryParse(inside, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index)
            ? new PathStep(PathStepKind.Index, Index: index)
            : throw Invalid(text, $"'[{inside}]' is neither [] nor a whole number", offset + at);
    }

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    private static FormatException Invalid(string text, string problem, int index) =>
        new(string.Create(CultureInfo.InvariantCulture, $"path '{text}' is not valid: {problem} (character {index + 1})"));
}
