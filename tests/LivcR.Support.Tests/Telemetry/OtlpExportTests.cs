using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Telemetry;

public sealed class OtlpExportTests
{
    private const string Submit = """
        mutation Submit($input: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $input) { number } }
        """;

    [Fact]
    public async Task Otlp_WhenConfigured_ExportsTheRequestsTraceAndTheSystemsMetrics()
    {
        await using var collector = new OtlpReceiver();
        using var data = new TempDirectory();
        await using var gateway = await GatewayHost.StartStandaloneAsync(data.File("otlp.db"), new Dictionary<string, string>
        {
            ["Telemetry:OtlpEndpoint"] = collector.Endpoint.ToString(),
            ["Telemetry:OtlpProtocol"] = "HttpProtobuf",
            ["Telemetry:Dashboard"] = "false",
            // The exporters' standard settings, read from configuration: export within a second, not after 5 s and 60 s.
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
        });

        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = Submit,
                variables = new
                {
                    input = new Dictionary<string, object?>
                    {
                        ["municipalityNisCode"] = "44021", ["subject"] = "Vraag", ["body"] = "Tekst", ["requesterName"] = "An", ["requesterEmail"] = "an@gent.example",
                    },
                },
            }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await gateway.StaffTokenAsync());
        request.Headers.TryAddWithoutValidation("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await gateway.Http.SendAsync(request);
        Assert.Equal(200, (int)response.StatusCode);

        // Protobuf carries a trace id as its 16 raw bytes and names as UTF-8: the request's trace, with a grain call in it.
        var traceBytes = Convert.FromHexString(trace.ToHexString());
        await collector.WaitForAsync("/v1/traces", b => OtlpReceiver.Holds(b, traceBytes) && OtlpReceiver.Holds(b, "ITicketGrain/OpenAsync"u8), TimeSpan.FromSeconds(20));
        await collector.WaitForAsync("/v1/metrics", b => OtlpReceiver.Holds(b, "livcr.tickets.submitted"u8) && OtlpReceiver.Holds(b, Encoding.UTF8.GetBytes("LivcR.Support.Gateway")), TimeSpan.FromSeconds(20));
    }
}
