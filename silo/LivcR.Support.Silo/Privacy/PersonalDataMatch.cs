using LivcR.Support.Contracts.Privacy;

namespace LivcR.Support.Silo.Privacy;

/// <summary>One piece of personal data found in a text: what it is and where it stands in the text as given.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Start">Index of its first character in the original text (an HTML entity or URL escape counts whole).</param>
/// <param name="Length">How many characters of the original text it covers.</param>
public sealed record PersonalDataMatch(PersonalDataKind Kind, int Start, int Length);
