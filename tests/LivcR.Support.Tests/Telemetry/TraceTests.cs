using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using LivcR.Support.Silo.Hosting;
using LivcR.Support.Silo.Telemetry;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Telemetry;

[Collection(GatewayCollection.Name)]
public sealed class TraceTests(GatewayFixture fixture)
{
    private const string Submit = """
        mutation Submit($input: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $input) { number } }
        """;

    private static object Question => new
    {
        input = new Dictionary<string, object?>
        {
            ["municipalityNisCode"] = "44021",
            ["subject"] = "Vraag over een traject",
            ["body"] = "Hoe start een casusoverleg?",
            ["requesterName"] = "An De Smet",
            ["requesterEmail"] = "an.desmet@gent.example",
        },
    };

    [Fact]
    public async Task GraphQLRequest_WithATraceParent_YieldsGatewayAndGrainSpansOfThatTrace()
    {
        var spans = new ConcurrentQueue<Activity>();
        var trace = ActivityTraceId.CreateRandom();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore" || SupportTelemetry.OrleansSources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == trace)
                {
                    spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Submit, variables = Question }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await fixture.Gateway.StaffTokenAsync());
        request.Headers.TryAddWithoutValidation("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await fixture.Gateway.Http.SendAsync(request);
        Assert.Equal(200, (int)response.StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!spans.Any(s => s.Source.Name == "Microsoft.AspNetCore") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var gateway = Assert.Single(spans, s => s.Source.Name == "Microsoft.AspNetCore");
        var grainCalls = spans.Where(s => s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(grainCalls);
        // The gateway calls the intake, the intake opens the ticket: both hops are in the trace (caller's and grain's side).
        var names = grainCalls.Select(s => s.DisplayName).ToList();
        Assert.Equal(2, names.Count(n => n == "IHelpdeskIntakeGrain/SubmitAsync"));
        Assert.Equal(2, names.Count(n => n == "ITicketGrain/OpenAsync"));
        // The grain calls hang under the gateway's request span, not beside it.
        var ids = spans.Select(s => s.SpanId).ToHashSet();
        Assert.All(grainCalls, s => Assert.Contains(s.ParentSpanId, ids));
        Assert.Equal(gateway.SpanId, grainCalls.First(s => !grainCalls.Any(p => p.SpanId == s.ParentSpanId)).ParentSpanId);
    }

    [Fact]
    public async Task Request_WithAPlainCorrelationId_GetsItBack_AndOtherwiseGetsOne()
    {
        using var given = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        given.Headers.TryAddWithoutValidation(Correlation.HeaderName, "melding-2026-42");
        using var answered = await fixture.Gateway.Http.SendAsync(given);
        Assert.Equal("melding-2026-42", answered.Headers.GetValues(Correlation.HeaderName).Single());

        using var odd = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        odd.Headers.TryAddWithoutValidation(Correlation.HeaderName, "<script>");
        using var replaced = await fixture.Gateway.Http.SendAsync(odd);
        Assert.Matches("^[0-9a-f]{32}$", replaced.Headers.GetValues(Correlation.HeaderName).Single());
    }
}
