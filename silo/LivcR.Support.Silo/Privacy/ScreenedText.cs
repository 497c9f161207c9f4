using LivcR.Support.Contracts.Privacy;

namespace LivcR.Support.Silo.Privacy;

/// <summary>A text after the intake's screening: what may be stored, and what was found in it.</summary>
/// <param name="Text">The text with redacted values replaced by their labels (unchanged when nothing was redacted).</param>
/// <param name="Found">Per kind and handling, how many were found; empty when nothing was.</param>
public sealed record ScreenedText(string Text, IReadOnlyList<PersonalDataFlag> Found)
{
    /// <summary>True when something was redacted.</summary>
    public bool Redacted => Found.Any(f => f.Handling == PersonalDataHandling.Redacted);
}
