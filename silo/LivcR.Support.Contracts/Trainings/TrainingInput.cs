namespace LivcR.Support.Contracts.Trainings;

/// <summary>A training in the catalogue (vormingsaanbod), as staff write it.</summary>
/// <param name="Title">Title.</param>
/// <param name="Description">What it is about.</param>
/// <param name="Audience">For whom, e.g. "LIVC-R-coördinatoren en preventiewerkers".</param>
/// <param name="Format">How, e.g. "Workshop", "Webinar", "Tweedaagse".</param>
/// <param name="Duration">How long, in words, e.g. "3 uur".</param>
[GenerateSerializer]
[Alias("livcr.training-input")]
public sealed record TrainingInput(
    [property: Id(0)] string Title,
    [property: Id(1)] string Description,
    [property: Id(2)] string Audience,
    [property: Id(3)] string Format,
    [property: Id(4)] string Duration);
