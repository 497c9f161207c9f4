using System.Text;
using LivcR.Support.Contracts.Privacy;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Privacy;

/// <summary>
/// The one step every text passes before it is stored: finds personal data (<see cref="PersonalDataDetector"/>) and
/// applies the configured policy per kind (<see cref="PrivacyOptions"/>): redact, or keep and flag.
/// </summary>
public sealed class PersonalDataScreen(IOptions<PrivacyOptions> options)
{
    /// <summary>Screens one text; <paramref name="ownAddresses"/> are not reported (the writer's, the requester's).</summary>
    public ScreenedText Screen(string text, params string?[] ownAddresses)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = PersonalDataDetector.Find(text, ownAddresses.OfType<string>());
        if (matches.Count == 0)
        {
            return new ScreenedText(text, []);
        }

        var policy = options.Value;
        var result = new StringBuilder(text.Length + 32);
        var position = 0;
        foreach (var match in matches)
        {
            if (policy.For(match.Kind) != PersonalDataPolicy.Redact)
            {
                continue;
            }

            result.Append(text, position, match.Start - position).Append(PersonalDataText.Label(match.Kind));
            position = match.Start + match.Length;
        }

        result.Append(text, position, text.Length - position);
        var found = matches
            .GroupBy(m => m.Kind)
            .Select(g => new PersonalDataFlag(g.Key, policy.For(g.Key) == PersonalDataPolicy.Redact ? PersonalDataHandling.Redacted : PersonalDataHandling.Flagged, g.Count()))
            .OrderBy(f => f.Kind)
            .ToList();
        return new ScreenedText(result.ToString(), found);
    }

    /// <summary>Screens several texts of one message (a subject and a body) and adds up what was found.</summary>
    public (IReadOnlyList<string> Texts, IReadOnlyList<PersonalDataFlag> Found) ScreenAll(IReadOnlyList<string> texts, params string?[] ownAddresses)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var screened = texts.Select(t => Screen(t, ownAddresses)).ToList();
        return ([.. screened.Select(s => s.Text)], PersonalDataText.Add(screened.SelectMany(s => s.Found)));
    }
}
