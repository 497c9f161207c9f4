using LivcR.Support.Contracts.Municipalities;

namespace LivcR.Support.Silo.Municipalities;

/// <summary>Reads the reference list of municipalities (<c>nis_code,name,province,postal_code,website_domain</c>).</summary>
public static class MunicipalityCsv
{
    /// <summary>The list shipped with the silo: the 285 Flemish municipalities since 1 January 2025.</summary>
    public static IReadOnlyList<MunicipalityInfo> LoadEmbedded()
    {
        using var stream = typeof(MunicipalityCsv).Assembly.GetManifestResourceStream("LivcR.Support.Silo.Data.municipalities.csv")
            ?? throw new InvalidOperationException("The embedded municipality list is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Parses the file; throws <see cref="FormatException"/> naming the line of the first bad row.</summary>
    public static IReadOnlyList<MunicipalityInfo> Parse(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("nis_code,name,province,postal_code", StringComparison.Ordinal))
        {
            throw new FormatException("Line 1: expected the header nis_code,name,province,postal_code,…");
        }

        var result = new List<MunicipalityInfo>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length < 4)
            {
                throw new FormatException($"Line {lineNumber}: expected at least 4 fields.");
            }

            var nis = fields[0].Trim();
            if (nis.Length != 5 || !nis.All(char.IsAsciiDigit) || !seen.Add(nis))
            {
                throw new FormatException($"Line {lineNumber}: NIS code '{nis}' is not five digits or appears twice.");
            }

            var province = Provinces.FromDisplayName(fields[2])
                ?? throw new FormatException($"Line {lineNumber}: '{fields[2]}' is not a Flemish province.");
            var name = fields[1].Trim();
            if (name.Length == 0)
            {
                throw new FormatException($"Line {lineNumber}: the name is empty.");
            }

            var postal = fields[3].Trim();
            result.Add(new MunicipalityInfo(nis, name, province, postal.Length == 0 ? null : postal));
        }

        return result;
    }
}
