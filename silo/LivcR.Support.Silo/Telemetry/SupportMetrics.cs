using System.Diagnostics.Metrics;

namespace LivcR.Support.Silo.Telemetry;

/// <summary>
/// The system's own instruments (meter <c>LivcR.Support</c>): what an operator watches besides Orleans and ASP.NET Core.
/// Counters are added where the thing happens; the mail channel's gauges are read from <see cref="MailChannelGauges"/>.
/// </summary>
/// <remarks>One per service provider (<see cref="IMeterFactory"/>), so a host that stops takes its gauges with it.</remarks>
public sealed class SupportMetrics
{
    /// <summary>The meter's name, for exporters and listeners.</summary>
    public const string MeterName = "LivcR.Support";

    private readonly Meter _meter;
    private int _observing;

    /// <summary>Creates the instruments on a meter of <paramref name="meters"/>.</summary>
    public SupportMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        Submissions = _meter.CreateCounter<long>("livcr.tickets.submitted", "{ticket}", "Tickets opened, by channel (web: portal and API; mail).");
        MailsIn = _meter.CreateCounter<long>("livcr.mail.received", "{mail}", "Incoming mails handled, by mailbox and outcome.");
        MailsOut = _meter.CreateCounter<long>("livcr.mail.sent", "{mail}", "Mails handed to the SMTP server, by kind.");
        SlaBreaches = _meter.CreateCounter<long>("livcr.tickets.sla_breaches", "{ticket}", "Tickets escalated because their SLA deadline passed.");
        SignInFailures = _meter.CreateCounter<long>("livcr.auth.sign_in_failures", "{attempt}", "Refused sign-ins and code requests, by reason.");
    }

    /// <summary>Tickets opened; tag <c>channel</c>.</summary>
    public Counter<long> Submissions { get; }

    /// <summary>Incoming mails handled; tags <c>mailbox</c>, <c>outcome</c>.</summary>
    public Counter<long> MailsIn { get; }

    /// <summary>Mails sent; tag <c>kind</c>.</summary>
    public Counter<long> MailsOut { get; }

    /// <summary>SLA breaches (escalations).</summary>
    public Counter<long> SlaBreaches { get; }

    /// <summary>Sign-in failures; tag <c>reason</c> (<c>refused</c>, <c>rate_limited</c>).</summary>
    public Counter<long> SignInFailures { get; }

    /// <summary>Adds the outbox and quarantine gauges (once; on a silo, where the mail channel runs).</summary>
    public void ObserveMailChannel(MailChannelGauges gauges)
    {
        if (Interlocked.Exchange(ref _observing, 1) == 1)
        {
            return;
        }

        _meter.CreateObservableGauge("livcr.mail.outbox.depth", gauges.OutboxDepth, "{mail}", "Mails in the outbox not sent yet, by status (pending, held, failed).");
        _meter.CreateObservableGauge("livcr.mail.outbox.oldest_age", gauges.OldestUnsentAge, "s", "Age of the oldest mail waiting in the outbox (pending or held).");
        _meter.CreateObservableGauge("livcr.mail.quarantine.size", gauges.QuarantineSize, "{mail}", "Incoming mails put aside for staff, not yet released or discarded.");
    }
}
