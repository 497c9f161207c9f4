using System.Buffers;
using System.Globalization;
using System.Net;
using LivcR.Support.Contracts.Privacy;

namespace LivcR.Support.Silo.Privacy;

/// <summary>
/// Finds Belgian national register numbers (BIS numbers included), Belgian phone numbers, IBANs and email addresses in
/// free text, for the intake to redact or flag (see <see cref="PersonalDataScreen"/>).
/// </summary>
/// <remarks>
/// <para>
/// One pass without regular expressions, linear in the text's length: HTML entities (<c>&amp;#56;</c>, <c>&amp;nbsp;</c>)
/// and URL escapes of digits and punctuation (<c>%2E</c>) are decoded first, keeping a map back to the original
/// positions. Email addresses and IBANs are found first; their characters are not looked at again. The remaining digits
/// form groups joined by short runs (at most three characters) of spaces, line ends, <c>. - / ( )</c>: a run with
/// <c>. - /</c> binds its groups into one token (<c>85.07.30-033.28</c>, <c>2026-00042</c>, <c>1.234.567</c>), a run of
/// only spaces or line ends joins tokens loosely (<c>0470 12 34 56</c>). A candidate always consists of whole tokens, so a
/// date, a ticket number or an amount is never cut into a piece that happens to look like a number.
/// </para>
/// <para>
/// National register number: 11 digits, the groups (if any) split after digit 2, 4, 6 or 9 (<c>YY.MM.DD-XXX.CC</c>),
/// month 0–12 (+20 or +40 for a BIS number), day 0–31, serial 001–998, and the check
/// <c>97 - (first nine digits mod 97)</c>, or for people born from 2000 the same on <c>2</c> followed by the nine digits.
/// Phone: <c>+32</c>, <c>0032</c> or a trunk <c>0</c> (also <c>+32 (0)…</c>), then 9 digits starting 45–49 (mobile) or 8
/// digits (fixed). IBAN: two letters, two check digits, the length of the country (or 15–34 for a country not in the
/// table) and mod 97 = 1. Email: local part, <c>@</c>, a domain with a dot and a top-level domain of letters.
/// </para>
/// <para>Near-misses never match: ticket numbers, NIS codes, postal codes, dates, amounts (<c>1.234.567,89</c>).</para>
/// </remarks>
public static class PersonalDataDetector
{
    private const int MaxCandidateDigits = 14;

    private static readonly Dictionary<string, int> IbanLengths = new(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22, ["BH"] = 22,
        ["BR"] = 29, ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DK"] = 18, ["DO"] = 28,
        ["EE"] = 20, ["EG"] = 29, ["ES"] = 24, ["FI"] = 18, ["FO"] = 18, ["FR"] = 27, ["GB"] = 22, ["GE"] = 22, ["GI"] = 23,
        ["GL"] = 18, ["GR"] = 27, ["GT"] = 28, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26,
        ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20, ["LB"] = 28, ["LC"] = 32, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20,
        ["LV"] = 21, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22, ["MK"] = 19, ["MR"] = 27, ["MT"] = 31, ["MU"] = 30, ["NL"] = 18,
        ["NO"] = 15, ["PK"] = 24, ["PL"] = 28, ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22, ["SA"] = 24,
        ["SC"] = 31, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["ST"] = 25, ["SV"] = 28, ["TL"] = 23, ["TN"] = 24,
        ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20,
    };

    private static readonly int[] IbanLengthTable = IbanTable();

    // Characters that make the normalised text differ from the original: entities, URL escapes, odd spaces and dashes.
    private static readonly SearchValues<char> Mapped = SearchValues.Create("&%\u00A0\u2007\u202F\u2010\u2011\u2012\u2013\u2014\u2015\u2212");

    // The digit groups of the run being read, kept per thread: a body of 64 KiB of "1 1 1 …" is one run of 32 768 groups.
    [ThreadStatic]
    private static List<DigitGroup>? _groups;

    /// <summary>Everything found in <paramref name="text"/>, in order, not overlapping.</summary>
    /// <param name="text">Plain text, or text with HTML entities.</param>
    /// <param name="ownAddresses">Email addresses that are not reported (the writer's own, the requester's); case does not matter.</param>
    public static IReadOnlyList<PersonalDataMatch> Find(string text, IEnumerable<string>? ownAddresses = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var own = new HashSet<string>(ownAddresses?.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()) ?? [], StringComparer.OrdinalIgnoreCase);
        // Pooled buffers: a 64 KiB body would otherwise allocate its maps on the large-object heap on every call.
        var mapped = text.AsSpan().IndexOfAny(Mapped) >= 0;
        var chars = mapped ? ArrayPool<char>.Shared.Rent(text.Length) : null;
        var from = mapped ? ArrayPool<int>.Shared.Rent(text.Length) : null;
        var to = mapped ? ArrayPool<int>.Shared.Rent(text.Length) : null;
        var masked = ArrayPool<bool>.Shared.Rent(text.Length);
        try
        {
            var length = mapped ? Normalise(text, chars!, from!, to!) : text.Length;
            ReadOnlySpan<char> normal = mapped ? chars.AsSpan(0, length) : text;
            var mask = masked.AsSpan(0, length);
            mask.Clear();
            var found = new List<(PersonalDataKind Kind, int Start, int End)>();
            FindEmails(normal, mask, own, found);
            FindIbans(normal, mask, found);
            FindNumbers(normal, mask, found);
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
            return [.. found.Select(f => mapped
                ? new PersonalDataMatch(f.Kind, from![f.Start], to![f.End - 1] - from[f.Start])
                : new PersonalDataMatch(f.Kind, f.Start, f.End - f.Start))];
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(masked);
            if (mapped)
            {
                ArrayPool<char>.Shared.Return(chars!);
                ArrayPool<int>.Shared.Return(from!);
                ArrayPool<int>.Shared.Return(to!);
            }
        }
    }

    /// <summary>True for a valid national register or BIS number of 11 digits (no punctuation).</summary>
    public static bool IsNationalRegisterNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 11 || !AllDigits(digits))
        {
            return false;
        }

        var month = Value(digits[2..4]);
        var day = Value(digits[4..6]);
        var serial = Value(digits[6..9]);
        if (month % 20 > 12 || month > 52 || day > 31 || serial is 0 or 999)
        {
            return false;
        }

        var first = (long)Value(digits[..9]);
        var check = Value(digits[9..]);
        return 97 - (first % 97) == check || 97 - ((2_000_000_000L + first) % 97) == check;
    }

    /// <summary>True for a valid IBAN without spaces (mod 97 = 1, the country's length when known).</summary>
    public static bool IsIban(ReadOnlySpan<char> iban)
    {
        if (iban.Length is < 15 or > 34 || !char.IsAsciiLetter(iban[0]) || !char.IsAsciiLetter(iban[1]) || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return false;
        }

        var length = IbanLengthOf(char.ToUpperInvariant(iban[0]), char.ToUpperInvariant(iban[1]));
        return (length == 0 || length == iban.Length) && Mod97(iban) == 1;
    }

    private static void FindEmails(ReadOnlySpan<char> chars, Span<bool> masked, HashSet<string> own, List<(PersonalDataKind, int, int)> found)
    {
        for (var at = 0; at < chars.Length; at++)
        {
            if (chars[at] != '@')
            {
                continue;
            }

            var start = at;
            while (start > 0 && IsLocalChar(chars[start - 1]))
            {
                start--;
            }

            while (start < at && chars[start] == '.')
            {
                start++;
            }

            var end = at + 1;
            while (end < chars.Length && (char.IsLetterOrDigit(chars[end]) || chars[end] is '.' or '-'))
            {
                end++;
            }

            while (end > at + 1 && chars[end - 1] is '.' or '-')
            {
                end--;
            }

            var domain = chars.Slice(at + 1, end - at - 1);
            var dot = domain.LastIndexOf('.');
            if (start == at || dot <= 0 || domain.Length - dot - 1 < 2 || !AllLetters(domain[(dot + 1)..]))
            {
                continue;
            }

            masked.Slice(start, end - start).Fill(true);
            if (!own.Contains(new string(chars.Slice(start, end - start))))
            {
                found.Add((PersonalDataKind.EmailAddress, start, end));
            }

            at = end - 1;
        }
    }

    private static void FindIbans(ReadOnlySpan<char> chars, Span<bool> masked, List<(PersonalDataKind, int, int)> found)
    {
        Span<char> buffer = stackalloc char[34];
        Span<int> ends = stackalloc int[34];
        Span<bool> boundary = stackalloc bool[34];
        for (var i = 0; i + 3 < chars.Length; i++)
        {
            if (masked[i] || !char.IsAsciiLetter(chars[i]) || !char.IsAsciiLetter(chars[i + 1]) || !char.IsAsciiDigit(chars[i + 2]) || !char.IsAsciiDigit(chars[i + 3])
                || (i > 0 && char.IsLetterOrDigit(chars[i - 1])))
            {
                continue;
            }

            // Alphanumerics, with single spaces between groups, up to the longest IBAN.
            var count = 0;
            var p = i;
            while (p < chars.Length && count < 34)
            {
                if (char.IsAsciiLetterOrDigit(chars[p]) && !masked[p])
                {
                    buffer[count] = char.ToUpperInvariant(chars[p]);
                    ends[count] = p + 1;
                    boundary[count] = p + 1 >= chars.Length || !char.IsAsciiLetterOrDigit(chars[p + 1]);
                    count++;
                    p++;
                }
                else if (chars[p] == ' ' && count > 0 && p + 1 < chars.Length && char.IsAsciiLetterOrDigit(chars[p + 1]))
                {
                    p++;
                }
                else
                {
                    break;
                }
            }

            var length = 0;
            var expected = IbanLengthOf(buffer[0], buffer[1]);
            if (expected > 0)
            {
                length = count >= expected && boundary[expected - 1] && Mod97(buffer[..expected]) == 1 ? expected : 0;
            }
            else
            {
                for (var candidate = count; candidate >= 15 && length == 0; candidate--)
                {
                    length = boundary[candidate - 1] && Mod97(buffer[..candidate]) == 1 ? candidate : 0;
                }
            }

            if (length > 0)
            {
                masked.Slice(i, ends[length - 1] - i).Fill(true);
                found.Add((PersonalDataKind.Iban, i, ends[length - 1]));
                i = ends[length - 1] - 1;
            }
        }
    }

    private static void FindNumbers(ReadOnlySpan<char> chars, Span<bool> masked, List<(PersonalDataKind, int, int)> found)
    {
        var groups = _groups ??= [];
        groups.Clear();
        var i = 0;
        while (i < chars.Length)
        {
            if (!IsFreeDigit(chars, masked, i))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < chars.Length && IsFreeDigit(chars, masked, i))
            {
                i++;
            }

            var group = new DigitGroup(start, i);
            if (groups.Count > 0)
            {
                var join = Join(chars, groups[^1].End, start);
                if (join == JoinKind.None)
                {
                    Evaluate(chars, groups, found);
                    groups.Clear();
                }
                else
                {
                    groups[^1] = groups[^1] with { Next = join };
                }
            }

            groups.Add(group);
        }

        Evaluate(chars, groups, found);
    }

    /// <summary>
    /// Tries candidates within one run of joined digit groups. A candidate is a whole line of it: it starts at the run's
    /// first group or after a line break and ends at the run's end or before a line break (so a number may continue on
    /// the next line). Never a piece of a line, so the last groups of an amount written with spaces ("12 035 678 901"),
    /// or the first nine digits of a national register number with a wrong check, are not read as a number of their own.
    /// </summary>
    private static void Evaluate(ReadOnlySpan<char> chars, List<DigitGroup> groups, List<(PersonalDataKind, int, int)> found)
    {
        Span<char> digits = stackalloc char[MaxCandidateDigits];
        Span<int> lengths = stackalloc int[MaxCandidateDigits];
        var i = 0;
        while (i < groups.Count)
        {
            var next = Match(chars, groups, i, digits, lengths, found);
            if (next < 0)
            {
                next = i + 1;
                while (next < groups.Count && groups[next - 1].Next != JoinKind.LooseLine)
                {
                    next++;
                }
            }

            i = next;
        }
    }

    /// <summary>The index after the candidate found from group <paramref name="i"/> (recorded), or -1 when there is none.</summary>
    private static int Match(ReadOnlySpan<char> chars, List<DigitGroup> groups, int i, Span<char> digits, Span<int> lengths, List<(PersonalDataKind, int, int)> found)
    {
        var count = 0;
        for (var j = i; j < groups.Count; j++)
        {
            var group = groups[j];
            if (count + group.Length > MaxCandidateDigits)
            {
                return -1;
            }

            chars.Slice(group.Start, group.Length).CopyTo(digits[count..]);
            lengths[j - i] = group.Length;
            count += group.Length;
            if (group.Next is JoinKind.Strong or JoinKind.Loose)
            {
                continue;
            }

            var start = groups[i].Start;
            var end = group.End;
            if (!FreeAround(chars, start, end) || Classify(digits[..count], lengths[..(j - i + 1)], start > 0 && chars[start - 1] == '+') is not { } kind)
            {
                continue;
            }

            // The "+" of +32 goes with the number, and so does the "(" of "(02) 123 45 67".
            if (kind == PersonalDataKind.PhoneNumber && start > 0 && (chars[start - 1] == '+' || (chars[start - 1] == '(' && chars[start..end].Contains(')'))))
            {
                start--;
            }

            found.Add((kind, start, end));
            return j + 1;
        }

        return -1;
    }

    private static PersonalDataKind? Classify(ReadOnlySpan<char> digits, ReadOnlySpan<int> groups, bool plus)
    {
        if (digits.Length == 11 && NationalRegisterBoundaries(groups) && IsNationalRegisterNumber(digits))
        {
            return PersonalDataKind.NationalRegisterNumber;
        }

        return IsPhone(digits, groups, plus) ? PersonalDataKind.PhoneNumber : null;
    }

    private static bool NationalRegisterBoundaries(ReadOnlySpan<int> groups)
    {
        var position = 0;
        for (var g = 0; g < groups.Length - 1; g++)
        {
            position += groups[g];
            if (position is not (2 or 4 or 6 or 9))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPhone(ReadOnlySpan<char> digits, ReadOnlySpan<int> groups, bool plus)
    {
        int prefix;
        var international = true;
        if (plus && digits.StartsWith("32"))
        {
            prefix = 2;
        }
        else if (digits.StartsWith("0032"))
        {
            prefix = 4;
        }
        else if (digits.Length > 1 && digits[0] == '0' && digits[1] != '0')
        {
            prefix = 1;
            international = false;
        }
        else
        {
            return false;
        }

        var national = digits[prefix..];
        if (international && national.Length > 0 && national[0] == '0')
        {
            national = national[1..];
        }

        // A single digit stands alone only right after an international prefix: "+32 (0)9 …", "+32 4 …" never in a national number.
        for (var g = 0; g < groups.Length; g++)
        {
            if (groups[g] == 1 && (!international || g == 0 || g > 2))
            {
                return false;
            }
        }

        var mobile = national.Length == 9 && national[0] == '4' && national[1] >= '5';
        var fixedLine = national.Length == 8 && national[0] != '0' && !(national[0] == '4' && national[1] >= '5');
        return mobile || fixedLine;
    }

    /// <summary>Not glued to a letter, a hidden digit (of an email or IBAN) or the decimals of an amount.</summary>
    private static bool FreeAround(ReadOnlySpan<char> chars, int start, int end)
    {
        if (start > 0 && (char.IsLetterOrDigit(chars[start - 1]) || (chars[start - 1] == ',' && start > 1 && char.IsAsciiDigit(chars[start - 2]))))
        {
            return false;
        }

        return end >= chars.Length || !(char.IsLetterOrDigit(chars[end]) || (chars[end] == ',' && end + 1 < chars.Length && char.IsAsciiDigit(chars[end + 1])));
    }

    private static JoinKind Join(ReadOnlySpan<char> chars, int from, int to)
    {
        if (to - from is < 1 or > 3)
        {
            return JoinKind.None;
        }

        var (strong, line, space) = (false, false, false);
        for (var p = from; p < to; p++)
        {
            switch (chars[p])
            {
                case '.' or '-' or '/':
                    strong = true;
                    break;
                case '\n' or '\r':
                    line = true;
                    break;
                case ' ' or '\t' or '(' or ')':
                    space = true;
                    break;
                default:
                    return JoinKind.None;
            }
        }

        // "67 - 0470": a dash between spaces separates two things rather than joining one number.
        return (strong, space, line) switch
        {
            (true, true, _) => JoinKind.None,
            (true, false, _) => JoinKind.Strong,
            (false, _, true) => JoinKind.LooseLine,
            _ => JoinKind.Loose,
        };
    }

    /// <summary>The IBAN length of a country (two upper-case letters); 0 when the country is not in the table.</summary>
    private static int IbanLengthOf(char first, char second) =>
        first is >= 'A' and <= 'Z' && second is >= 'A' and <= 'Z' ? IbanLengthTable[((first - 'A') * 26) + (second - 'A')] : 0;

    private static int[] IbanTable()
    {
        var table = new int[26 * 26];
        foreach (var (country, length) in IbanLengths)
        {
            table[((country[0] - 'A') * 26) + (country[1] - 'A')] = length;
        }

        return table;
    }

    private static bool IsFreeDigit(ReadOnlySpan<char> chars, Span<bool> masked, int i) => char.IsAsciiDigit(chars[i]) && !masked[i];

    private static bool IsLocalChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static int Mod97(ReadOnlySpan<char> iban)
    {
        var remainder = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var c = char.ToUpperInvariant(iban[(k + 4) % iban.Length]);
            remainder = char.IsAsciiDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        }

        return remainder;
    }

    private static int Value(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private enum JoinKind
    {
        None,
        Loose,
        LooseLine,
        Strong,
    }

    private readonly record struct DigitGroup(int Start, int End, JoinKind Next = JoinKind.None)
    {
        public int Length => End - Start;
    }

    /// <summary>
    /// Writes the text with entities and URL escapes decoded (and odd spaces and dashes made plain) into
    /// <paramref name="chars"/>, with for each character the original span it came from; returns the length.
    /// </summary>
    private static int Normalise(string text, char[] chars, int[] from, int[] to)
    {
        var n = 0;
        var i = 0;
        while (i < text.Length)
        {
            var (c, width) = Decode(text, i);
            chars[n] = c switch
            {
                '\u00A0' or '\u2007' or '\u202F' => ' ',
                >= '\u2010' and <= '\u2015' or '\u2212' => '-',
                _ => c,
            };
            from[n] = i;
            to[n] = i + width;
            n++;
            i += width;
        }

        return n;
    }

    private static (char Char, int Width) Decode(string text, int i)
    {
        var c = text[i];
        if (c == '&')
        {
            var semicolon = text.IndexOf(';', i + 1, Math.Min(12, text.Length - i - 1));
            if (semicolon > i + 1)
            {
                var entity = text.AsSpan(i + 1, semicolon - i - 1);
                if (entity[0] == '#' && entity.Length > 1)
                {
                    var hex = entity[1] is 'x' or 'X';
                    if (int.TryParse(entity[(hex ? 2 : 1)..], hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                        && code is > 0 and < 0xD800)
                    {
                        return ((char)code, semicolon - i + 1);
                    }
                }
                else
                {
                    var decoded = WebUtility.HtmlDecode(text.Substring(i, semicolon - i + 1));
                    if (decoded.Length == 1)
                    {
                        return (decoded[0], semicolon - i + 1);
                    }
                }
            }
        }
        else if (c == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
        {
            var value = (char)int.Parse(text.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            if (char.IsAsciiDigit(value) || value is ' ' or '.' or '-' or '/' or '+' or '@' or '(' or ')')
            {
                return (value, 3);
            }
        }

        return (c, 1);
    }
}
