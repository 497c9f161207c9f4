namespace LivcR.Support.Tests.Telemetry;

[Collection(TelemetryProcessCollection.Name)]
public sealed class MetricsTests(TelemetryProcessFixture fixture)
{
    private const string Submit = """
        mutation Submit($input: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $input) { number } }
        """;

    private const string SignIn = "mutation($e: String!, $c: String!) { signIn(email: $e, code: $c) { accessToken } }";

    private const string Submitted = "livcr_tickets_submitted_total";
    private const string OutboxDepth = "livcr_mail_outbox_depth";

    [Fact]
    public async Task Metrics_AfterAQuestionIsSubmitted_CountItAndShowItsHeldAcknowledgement()
    {
        // No SMTP server is configured, so the acknowledgement waits in the outbox as "held".
        var before = await fixture.ScrapeUntilAsync(t => PrometheusText.Value(t, OutboxDepth, "status=\"held\"") is not null, "the outbox depth");
        var submittedBefore = PrometheusText.Value(before, Submitted, "channel=\"web\"") ?? 0;
        var heldBefore = PrometheusText.Value(before, OutboxDepth, "status=\"held\"")!.Value;

        var answer = await fixture.GraphQLAsync(Submit, new
        {
            input = new Dictionary<string, object?>
            {
                ["municipalityNisCode"] = "44021",
                ["subject"] = "Vraag over het casusoverleg",
                ["body"] = "Wie zit er mee aan tafel?",
                ["requesterName"] = "An De Smet",
                ["requesterEmail"] = "an.desmet@gent.example",
            },
        }, TelemetryProcessFixture.Staff);
        Assert.Null(answer["errors"]);

        var after = await fixture.ScrapeUntilAsync(
            t => PrometheusText.Value(t, Submitted, "channel=\"web\"") == submittedBefore + 1
                && PrometheusText.Value(t, OutboxDepth, "status=\"held\"") == heldBefore + 1,
            "the submission and its held acknowledgement");
        Assert.True(PrometheusText.Value(after, "livcr_mail_outbox_oldest_age_seconds") > 0, "The held mail has an age.");
        Assert.Equal(0, PrometheusText.Value(after, "livcr_mail_quarantine_size"));
    }

    [Fact]
    public async Task Metrics_ForAnAdmin_IncludeOrleansAspNetCoreAndRuntimeMetrics()
    {
        var text = await fixture.ScrapeUntilAsync(t => PrometheusText.HasMetricStartingWith(t, "orleans_"), "Orleans' metrics");

        Assert.True(PrometheusText.HasMetricStartingWith(text, "http_server_request_duration_seconds"), "ASP.NET Core's request duration");
        Assert.True(PrometheusText.HasMetricStartingWith(text, "dotnet_"), "the runtime's metrics");
        Assert.Contains("# TYPE livcr_mail_outbox_depth gauge", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithAWrongCode_IsCountedAsASignInFailure()
    {
        const string failures = "livcr_auth_sign_in_failures_total";
        var before = PrometheusText.Value(await fixture.ScrapeAsync(), failures, "reason=\"refused\"") ?? 0;

        var answer = await fixture.GraphQLAsync(SignIn, new { e = TelemetryProcessFixture.Municipal, c = "000000" }, TelemetryProcessFixture.Staff);
        Assert.NotNull(answer["errors"]);

        await fixture.ScrapeUntilAsync(t => PrometheusText.Value(t, failures, "reason=\"refused\"") == before + 1, "the refused sign-in");
    }

    [Theory]
    [InlineData(null, 401)]
    [InlineData(TelemetryProcessFixture.Staff, 403)]
    [InlineData(TelemetryProcessFixture.Municipal, 403)]
    public async Task Metrics_ForAnyoneButAnAdmin_AreRefused(string? email, int expected)
    {
        var (status, body, response) = await fixture.GetAsync("/metrics", email);
        response.Dispose();

        Assert.Equal(expected, status);
        Assert.DoesNotContain("livcr_", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_WithAnInvalidToken_AreRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-token");
        using var response = await fixture.Http.SendAsync(request);

        Assert.Equal(401, (int)response.StatusCode);
    }

    [Fact]
    public async Task MetricsPort_WithoutSignIn_ServesTheProcessMetrics()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var text = await http.GetStringAsync(new Uri($"http://127.0.0.1:{fixture.MetricsPort}/metrics"));

        Assert.True(PrometheusText.HasMetricStartingWith(text, "orleans_"), "Orleans' metrics on the metrics port");
        Assert.True(PrometheusText.HasMetricStartingWith(text, "livcr_mail_outbox_depth"), "the system's own metrics on the metrics port");
    }
}
