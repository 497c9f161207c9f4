using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LivcR.Support.Contracts.Tickets;

/// <summary>The human ticket number <c>YYYY-NNNNN</c>, e.g. <c>2026-00042</c>; also the ticket grain's key.</summary>
[GenerateSerializer]
[Alias("livcr.ticket-number")]
public readonly record struct TicketNumber([property: Id(0)] int Year, [property: Id(1)] int Sequence)
{
    /// <summary>The canonical text form, e.g. "2026-00042".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Sequence:D5}");

    /// <summary>Parses "2026-00042" (at least five digits after the dash); false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TicketNumber number)
    {
        number = default;
        if (text is null || text.Length < 10 || text[4] != '-')
        {
            return false;
        }

        var yearText = text.AsSpan(0, 4);
        var sequenceText = text.AsSpan(5);
        if (!IsDigits(yearText) || !IsDigits(sequenceText) || sequenceText.Length > 9)
        {
            return false;
        }

        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        var sequence = int.Parse(sequenceText, CultureInfo.InvariantCulture);
        if (year < 2000 || sequence < 1)
        {
            return false;
        }

        number = new TicketNumber(year, sequence);
        return number.ToString() == text;
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return span.Length > 0;
    }
}
