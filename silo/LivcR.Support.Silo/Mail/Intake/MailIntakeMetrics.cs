using System.Diagnostics.Metrics;

namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>The intake's metrics (meter <c>LivcR.Support.Mail</c>): how long handling one mail took, by outcome.</summary>
public static class MailIntakeMetrics
{
    /// <summary>The meter's name, for exporters and listeners.</summary>
    public const string MeterName = "LivcR.Support.Mail";

    /// <summary>The histogram's name.</summary>
    public const string HandlingName = "livcr.mail.intake.handling";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Milliseconds from a fetched mail to its ticket written (classify, read, resolve, store, ticket write, record).</summary>
    public static readonly Histogram<double> Handling = Meter.CreateHistogram<double>(HandlingName, "ms", "Time to handle one incoming mail, by outcome.");
}
