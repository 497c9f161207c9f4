namespace LivcR.Support.Client;

/// <summary>
/// A training in the catalogue list (selected from schema type <c>Training</c>), with the essentials of its sessions;
/// <see cref="SupportClient.GetTrainingAsync"/> gives one training with every detail of its sessions.
/// </summary>
/// <remarks>
/// The list is lighter than <see cref="Training"/> because the gateway's complexity limit (4 000 by default) counts a
/// list inside a list twenty times twenty: every training with every field of every session weighs 4 141 and is refused.
/// </remarks>
/// <param name="Id">Training id.</param>
/// <param name="Title">Title.</param>
/// <param name="Description">Description.</param>
/// <param name="Audience">For whom.</param>
/// <param name="Format">Form (workshop, webinar…).</param>
/// <param name="Duration">Duration in words.</param>
/// <param name="Sessions">Sessions, soonest first.</param>
public sealed record TrainingListing(
    string Id,
    string Title,
    string Description,
    string Audience,
    string Format,
    string Duration,
    IReadOnlyList<TrainingSessionSlot> Sessions);
