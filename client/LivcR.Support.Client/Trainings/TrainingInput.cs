namespace LivcR.Support.Client;

/// <summary>A training of the catalogue (schema input <c>TrainingInput</c>).</summary>
/// <param name="Title">Title.</param>
/// <param name="Description">Description.</param>
/// <param name="Audience">For whom.</param>
/// <param name="Format">Form, e.g. Workshop, Webinar.</param>
/// <param name="Duration">Duration in words, e.g. 3 uur.</param>
public sealed record TrainingInput(string Title, string Description, string Audience, string Format, string Duration);
