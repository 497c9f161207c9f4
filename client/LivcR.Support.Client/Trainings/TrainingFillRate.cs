namespace LivcR.Support.Client;

/// <summary>How full a training session is (schema type <c>TrainingFillRate</c>).</summary>
/// <param name="TrainingTitle">Training title.</param>
/// <param name="Session">The session.</param>
/// <param name="Confirmed">Confirmed seats.</param>
/// <param name="Waitlisted">On the waitlist.</param>
/// <param name="Attended">Attended, once recorded.</param>
/// <param name="FillRate">Confirmed seats / capacity, 0 to 1.</param>
public sealed record TrainingFillRate(string TrainingTitle, TrainingSessionSummary Session, int Confirmed, int Waitlisted, int? Attended, double FillRate);
