using System.Net;
using System.Text;
using LivcR.Support.Client;
using LivcR.Support.Tests.Infrastructure;
using ServerRole = LivcR.Support.Contracts.People.Role;
using ServerRoleGrant = LivcR.Support.Contracts.People.RoleGrant;

namespace LivcR.Support.Tests.Client;

/// <summary>The typed client against a real gateway: tickets, paging, the CSV export, attachments, errors.</summary>
[Collection(GatewayCollection.Name)]
public sealed class SupportClientTicketTests(GatewayFixture fixture)
{
    private GatewayHost Gateway => fixture.Gateway;

    [Fact]
    public async Task MunicipalUser_SubmitsAndFollowsATicket_SeesTheAnswerButNotTheNote()
    {
        var municipal = await ClientAsync("volger@gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));
        var staff = new SupportClient(Gateway.Http, await Gateway.StaffTokenAsync());
        var marker = Marker();

        var asked = await municipal.SubmitAsync(new SubmitHelpdeskRequestInput("44021", $"Signaal op school {marker}", "Hoe pakken we dit aan?"));
        var noted = await staff.AddNoteAsync(asked.Number, "Eerst de coördinator bellen.", asked.Version);
        await staff.ReplyAsync(asked.Number, "We bellen u morgen.", noted.Version);
        var followed = await municipal.GetTicketAsync(asked.Number);
        var replied = await municipal.ReplyAsync(asked.Number, "Dank u, tot morgen.", followed.Version);
        var listed = await municipal.ListTicketsAsync(new TicketFilter { Text = marker });

        Assert.Equal(TicketStatus.New, asked.Status);
        Assert.Equal("Gent", asked.Municipality!.Name);
        Assert.Equal(Province.OostVlaanderen, asked.Municipality!.Province);
        Assert.Equal("volger@gent.example", asked.Requester.Email);
        Assert.Equal(TicketStatus.Open, followed.Status);
        Assert.Equal("We bellen u morgen.", followed.Messages[^1].Body);
        Assert.DoesNotContain(followed.Entries, e => e.Kind == TicketEntryKind.InternalNote);
        Assert.Contains(noted.Entries, e => e.Kind == TicketEntryKind.InternalNote && e.Body == "Eerst de coördinator bellen.");
        Assert.Equal(["Hoe pakken we dit aan?", "We bellen u morgen.", "Dank u, tot morgen."], replied.Messages.Select(m => m.Body));
        Assert.Equal(asked.Number, Assert.Single(listed.Nodes).Number);
        Assert.Equal(1, listed.TotalCount);
    }

    [Fact]
    public async Task Submit_AnswerLostOnce_RetriesWithTheSameKeyAndMakesOneTicket()
    {
        using var handler = new AnswerLosingHandler();
        using var http = new HttpClient(handler) { BaseAddress = Gateway.Http.BaseAddress };
        var client = new SupportClient(http, await Gateway.StaffTokenAsync());
        var marker = Marker();

        var asked = await client.SubmitAsync(new SubmitHelpdeskRequestInput("44021", $"Verloren antwoord {marker}", "Komt dit één keer aan?", "Eva", "eva@gent.be"));
        handler.LoseAnswers = 2; // and the reply's first answer too
        var replied = await client.ReplyAsync(asked.Number, "Eén antwoord.", asked.Version);
        var listed = await client.ListTicketsAsync(new TicketFilter { Text = marker });

        Assert.Equal(asked.Number, Assert.Single(listed.Nodes).Number);
        Assert.Single(replied.Messages, m => m.Body == "Eén antwoord.");
        Assert.Equal(2 + 2 + 1, handler.Requests);
    }

    [Fact]
    public async Task Submit_WithTheCallersKeyTwice_ReturnsTheFirstTicket()
    {
        var client = new SupportClient(Gateway.Http, await Gateway.StaffTokenAsync());
        var input = new SubmitHelpdeskRequestInput("44021", $"Eigen sleutel {Marker()}", "Vraag", "Eva", "eva@gent.be", ClientRequestId: Guid.NewGuid().ToString());

        var first = await client.SubmitAsync(input);
        var second = await client.SubmitAsync(input);

        Assert.Equal(first.Number, second.Number);
    }

    [Fact]
    public async Task OtherMunicipality_ReadingTheTicket_GetsATypedNotFound()
    {
        var municipal = await ClientAsync("eigen@gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));
        var stranger = await ClientAsync("vreemd@hasselt.example", new ServerRoleGrant(ServerRole.Municipal, "71072"));
        var asked = await municipal.SubmitAsync(new SubmitHelpdeskRequestInput("44021", "Enkel voor Gent", "Vraag"));

        var refused = await Assert.ThrowsAsync<SupportClientException>(() => stranger.GetTicketAsync(asked.Number));

        Assert.Equal(SupportErrorCodes.NotFound, refused.Code);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["ticket"], refused.Errors[0].Path);
    }

    [Fact]
    public async Task StaffTriage_WithAStaleExpectedVersion_GetsATypedConflictAndChangesNothing()
    {
        var staff = new SupportClient(Gateway.Http, await Gateway.StaffTokenAsync());
        var ticket = await staff.SubmitAsync(new SubmitHelpdeskRequestInput("44021", "Twee behandelaars", "Vraag", "Coördinator Gent", "coordinator@gent.example"));

        var first = await staff.TriageAsync(ticket.Number, new TicketTriageInput { ExpectedVersion = ticket.Version, Priority = TicketPriority.High });
        var stale = await Assert.ThrowsAsync<SupportClientException>(() =>
            staff.TriageAsync(ticket.Number, new TicketTriageInput { ExpectedVersion = ticket.Version, Priority = TicketPriority.Low }));
        var now = await staff.GetTicketAsync(ticket.Number);

        Assert.Equal(SupportErrorCodes.Conflict, stale.Code);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(TicketPriority.High, now.Priority);
        Assert.Equal(first.Version, now.Version);
    }

    [Fact]
    public async Task Triage_LeftOutFieldsAreKept_AndAnEmptyStringClears()
    {
        var staff = new SupportClient(Gateway.Http, await Gateway.StaffTokenAsync());
        var ticket = await staff.SubmitAsync(new SubmitHelpdeskRequestInput("44021", "Triage", "Vraag", "Coördinator Gent", "coordinator@gent.example"));
        var category = (await staff.TicketCategoriesAsync())[0].Key;

        var triaged = await staff.TriageAsync(ticket.Number, new TicketTriageInput { Category = category, Priority = TicketPriority.Urgent, Tags = ["school"] });
        var opened = await staff.TriageAsync(ticket.Number, new TicketTriageInput { Status = TicketStatus.Open, ExpectedVersion = triaged.Version });
        var cleared = await staff.TriageAsync(ticket.Number, new TicketTriageInput { Category = string.Empty });

        Assert.Equal(category, opened.Category);
        Assert.Equal(TicketPriority.Urgent, opened.Priority);
        Assert.Equal(["school"], opened.Tags);
        Assert.Equal(TicketStatus.Open, opened.Status);
        Assert.Null(cleared.Category);
        Assert.Equal(TicketPriority.Urgent, cleared.Priority);
    }

    [Fact]
    public async Task ListAllTickets_WalksEveryPageExactlyOnce()
    {
        var token = await Gateway.StaffTokenAsync();
        var staff = new SupportClient(Gateway.Http, token);
        var tag = "pagina-" + Marker();
        var numbers = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            numbers.Add((await staff.SubmitAsync(new SubmitHelpdeskRequestInput("44021", $"Pagina {i}", "Vraag", "Coördinator Gent", "coordinator@gent.example"))).Number);
        }

        var tagged = await staff.BulkTriageAsync(numbers, new TicketTriageInput { Tags = [tag] });
        var counter = new CountingHandler();
        using var http = new HttpClient(counter) { BaseAddress = Gateway.Address };
        var walker = new SupportClient(http, _ => ValueTask.FromResult<string?>(token));
        var firstPage = await walker.ListTicketsAsync(new TicketFilter { Tag = tag }, TicketOrder.Created, first: 3);
        counter.Requests = 0;
        var walked = new List<string>();
        await foreach (var ticket in walker.ListAllTicketsAsync(new TicketFilter { Tag = tag }, TicketOrder.Created, pageSize: 3))
        {
            walked.Add(ticket.Number);
        }

        Assert.All(tagged, result => Assert.Null(result.ErrorCode));
        Assert.All(tagged, result => Assert.Equal([tag], result.Ticket!.Tags));
        Assert.Equal(3, firstPage.Nodes.Count);
        Assert.True(firstPage.HasNextPage);
        Assert.Equal(7, firstPage.TotalCount);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Equal(numbers.Order(StringComparer.Ordinal), walked.Order(StringComparer.Ordinal));
        Assert.Equal(3, counter.Requests);
    }

    [Fact]
    public async Task BulkTriage_OneTicketRefused_OthersAreChanged()
    {
        var staff = new SupportClient(Gateway.Http, await Gateway.StaffTokenAsync());
        var ticket = await staff.SubmitAsync(new SubmitHelpdeskRequestInput("44021", "Bulk", "Vraag", "Coördinator Gent", "coordinator@gent.example"));

        var results = await staff.BulkTriageAsync([ticket.Number, "2026-99999"], new TicketTriageInput { Priority = TicketPriority.Low });

        Assert.Equal(TicketPriority.Low, results.Single(r => r.Number == ticket.Number).Ticket!.Priority);
        var refused = results.Single(r => r.Number == "2026-99999");
        Assert.Null(refused.Ticket);
        Assert.Equal(SupportErrorCodes.NotFound, refused.ErrorCode);
    }

    [Fact]
    public async Task ExportTicketsCsv_ArrivesWithTheByteOrderMarkAndOnlyTheFilteredTickets()
    {
        var staff = new SupportClient(Gateway.Http, await Gateway.StaffTokenAsync());
        var tag = "export-" + Marker();
        var ticket = await staff.SubmitAsync(new SubmitHelpdeskRequestInput("44021", "Voor de export", "Vraag", "Coördinator Gent", "coordinator@gent.example"));
        var tagged = await staff.TriageAsync(ticket.Number, new TicketTriageInput { Tags = [tag] });

        var csv = await staff.ExportTicketsCsvAsync(new TicketExportFilter { Tag = tag, Statuses = [tagged.Status], Province = Province.OostVlaanderen });
        var otherStatuses = await staff.ExportTicketsCsvAsync(new TicketExportFilter { Tag = tag, Statuses = Enum.GetValues<TicketStatus>().Where(s => s != tagged.Status).ToList() });

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv.Content[..3]);
        Assert.StartsWith("text/csv", csv.ContentType, StringComparison.Ordinal);
        Assert.EndsWith(".csv", csv.FileName, StringComparison.Ordinal);
        var text = Encoding.UTF8.GetString(csv.Content);
        Assert.Contains(ticket.Number, text, StringComparison.Ordinal);
        Assert.Contains("Voor de export", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ticket.Number, Encoding.UTF8.GetString(otherStatuses.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachment_UploadedFromAStream_RoundTripsAndTheStreamStaysOpen()
    {
        var municipal = await ClientAsync("bijlage@gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));
        var ticket = await municipal.SubmitAsync(new SubmitHelpdeskRequestInput("44021", "Met verslag", "Zie bijlage"));
        var pdf = "%PDF-1.4\n% verslag overleg\n"u8.ToArray();
        using var stream = new MemoryStream(pdf);

        var uploaded = await municipal.UploadAttachmentAsync(ticket.Number, "verslag overleg.pdf", stream);
        var onTicket = await municipal.GetTicketAsync(ticket.Number);
        var downloaded = await municipal.DownloadAttachmentAsync(uploaded.Id);

        Assert.True(stream.CanRead);
        Assert.Equal("application/pdf", uploaded.ContentType);
        Assert.Equal(pdf.Length, uploaded.Size);
        Assert.Equal("bijlage@gent.example", uploaded.UploadedBy.Email);
        Assert.Equal(uploaded, Assert.Single(onTicket.Attachments));
        Assert.Equal(pdf, downloaded.Content);
        Assert.Equal("verslag overleg.pdf", downloaded.FileName);
        Assert.StartsWith("application/pdf", downloaded.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachment_OverTenMiB_Is413RequestTooLarge()
    {
        var municipal = await ClientAsync("groot@gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));
        var ticket = await municipal.SubmitAsync(new SubmitHelpdeskRequestInput("44021", "Groot bestand", "Zie bijlage"));
        var big = new byte[11 * 1024 * 1024];
        "%PDF"u8.CopyTo(big);

        var refused = await Assert.ThrowsAsync<SupportClientException>(() => municipal.UploadAttachmentAsync(ticket.Number, "groot.pdf", big));

        Assert.Equal(SupportErrorCodes.RequestTooLarge, refused.Code);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Empty((await municipal.GetTicketAsync(ticket.Number)).Attachments);
    }

    [Fact]
    public async Task Attachment_OfAnotherMunicipality_IsNotFound()
    {
        var municipal = await ClientAsync("eigenaar@gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));
        var stranger = await ClientAsync("buur@hasselt.example", new ServerRoleGrant(ServerRole.Municipal, "71072"));
        var ticket = await municipal.SubmitAsync(new SubmitHelpdeskRequestInput("44021", "Privé bijlage", "Zie bijlage"));
        var uploaded = await municipal.UploadAttachmentAsync(ticket.Number, "notitie.txt", "vertrouwelijk"u8.ToArray());

        var refused = await Assert.ThrowsAsync<SupportClientException>(() => stranger.DownloadAttachmentAsync(uploaded.Id));

        Assert.Equal(SupportErrorCodes.NotFound, refused.Code);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task BadToken_IsUnauthenticatedWith401_OnGraphQLAndOnTheExport()
    {
        var client = new SupportClient(Gateway.Http, "not-a-token");

        var graphQL = await Assert.ThrowsAsync<SupportClientException>(() => client.MeAsync());
        var export = await Assert.ThrowsAsync<SupportClientException>(() => client.ExportTicketsCsvAsync());

        Assert.Equal(SupportErrorCodes.Unauthenticated, graphQL.Code);
        Assert.Equal(HttpStatusCode.Unauthorized, graphQL.StatusCode);
        Assert.Equal(SupportErrorCodes.Unauthenticated, export.Code);
        Assert.Equal(HttpStatusCode.Unauthorized, export.StatusCode);
    }

    [Fact]
    public async Task NoToken_IsUnauthenticated()
    {
        var anonymous = new SupportClient(Gateway.Http);

        var refused = await Assert.ThrowsAsync<SupportClientException>(() => anonymous.ListTicketsAsync());

        Assert.Equal(SupportErrorCodes.Unauthenticated, refused.Code);
    }

    [Fact]
    public async Task Submit_WithoutSubject_IsBadUserInputNamingTheField()
    {
        var municipal = await ClientAsync("leeg@gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));

        var refused = await Assert.ThrowsAsync<SupportClientException>(() => municipal.SubmitAsync(new SubmitHelpdeskRequestInput("44021", " ", "Vraag zonder onderwerp")));

        Assert.Equal(SupportErrorCodes.BadUserInput, refused.Code);
        Assert.Equal("subject", refused.Field);
        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
    }

    [Fact]
    public async Task Staff_LinkUnlinkMerge_WithTheSourcesVersion()
    {
        var staff = new SupportClient(Gateway.Http, await Gateway.StaffTokenAsync());
        var source = await staff.SubmitAsync(new SubmitHelpdeskRequestInput("44021", "Dubbel", "Dezelfde vraag, tweede keer", "Coördinator Gent", "coordinator@gent.example"));
        var target = await staff.SubmitAsync(new SubmitHelpdeskRequestInput("44021", "Origineel", "Dezelfde vraag", "Coördinator Gent", "coordinator@gent.example"));

        var linked = await staff.LinkAsync(source.Number, target.Number);
        var unlinked = await staff.UnlinkAsync(source.Number, target.Number);
        var stale = await Assert.ThrowsAsync<SupportClientException>(() => staff.MergeAsync(source.Number, target.Number, source.Version));
        var merged = await staff.MergeAsync(source.Number, target.Number, unlinked.Version);
        var closed = await staff.GetTicketAsync(source.Number);

        Assert.Equal([target.Number], linked.Links);
        Assert.Empty(unlinked.Links);
        Assert.Equal(SupportErrorCodes.Conflict, stale.Code);
        Assert.Equal(target.Number, merged.Number);
        Assert.Contains(merged.Entries, e => e.Body.Contains("Dezelfde vraag, tweede keer", StringComparison.Ordinal));
        Assert.Equal(target.Number, closed.MergedInto);
        Assert.Equal(TicketStatus.Closed, closed.Status);
    }

    [Fact]
    public async Task Requester_MarksTheirTicketConfidential()
    {
        var municipal = await ClientAsync("geheim@gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));
        var ticket = await municipal.SubmitAsync(new SubmitHelpdeskRequestInput("44021", "Gevoelig", "Vraag", Confidential: false));

        var confidential = await municipal.SetConfidentialAsync(ticket.Number, confidential: true);

        Assert.False(ticket.Confidential);
        Assert.True(confidential.Confidential);
    }

    [Fact]
    public async Task Calls_HonourTheCancellationToken()
    {
        var municipal = await ClientAsync("stop@gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => municipal.MeAsync(cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => municipal.ExportTicketsCsvAsync(cancellationToken: cancelled.Token));
    }

    private async Task<SupportClient> ClientAsync(string email, params ServerRoleGrant[] roles) =>
        new(Gateway.Http, await Gateway.TokenAsync(email, roles));

    /// <summary>A word no other test uses, to find this test's tickets (letters only, so full-text search keeps it whole).</summary>
    private static string Marker() => new(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))).ToArray());
}
