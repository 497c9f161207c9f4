namespace LivcR.Support.Client;

/// <summary>A training of VVSG's offer (vormingsaanbod) with its sessions (schema type <c>Training</c>).</summary>
/// <param name="Id">Training id.</param>
/// <param name="Title">Title.</param>
/// <param name="Description">Description.</param>
/// <param name="Audience">For whom.</param>
/// <param name="Format">Form (workshop, webinar…).</param>
/// <param name="Duration">Duration in words.</param>
/// <param name="Sessions">Sessions, soonest first.</param>
public sealed record Training(
    string Id,
    string Title,
    string Description,
    string Audience,
    string Format,
    string Duration,
    IReadOnlyList<TrainingSessionSummary> Sessions);
