using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

[Collection(GatewayCollection.Name)]
public sealed class AttachmentApiTests(GatewayFixture fixture)
{
    private GatewayHost Gateway => fixture.Gateway;

    [Fact]
    public async Task Attachment_UploadedByTheMunicipality_IsOnTheTicketAndOnlyInScopeDownloads()
    {
        var municipal = await Gateway.TokenAsync("bijlage@ninove.example", new RoleGrant(Role.Municipal, "41048"));
        var stranger = await Gateway.TokenAsync("vreemd@aalst.example", new RoleGrant(Role.Municipal, "41002"));
        var number = await SubmitAsync(municipal);
        var pdf = "%PDF-1.4\n% verslag casusoverleg\n"u8.ToArray();

        var (status, created) = await UploadAsync(number, "verslag.pdf", pdf, municipal);
        var id = JsonNode.Parse(created)!["id"]!.GetValue<string>();
        var (_, ticket) = await Gateway.PostAsync("query($n: String!) { ticket(number: $n) { attachments { id name contentType size } } }", new { n = number }, municipal);
        var (ownStatus, ownBytes) = await DownloadAsync(id, municipal);
        var (strangerStatus, _) = await DownloadAsync(id, stranger);
        var (staffStatus, _) = await DownloadAsync(id, await Gateway.StaffTokenAsync());

        Assert.Equal(HttpStatusCode.Created, status);
        var attachment = ticket["data"]!["ticket"]!["attachments"]![0]!;
        Assert.Equal("verslag.pdf", attachment["name"]!.GetValue<string>());
        Assert.Equal("application/pdf", attachment["contentType"]!.GetValue<string>());
        Assert.Equal(pdf.Length, attachment["size"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, ownStatus);
        Assert.Equal(pdf, ownBytes);
        Assert.Equal(HttpStatusCode.NotFound, strangerStatus);
        Assert.Equal(HttpStatusCode.OK, staffStatus);
    }

    [Fact]
    public async Task Attachment_Executable_IsRefusedAndNothingIsRecorded()
    {
        var municipal = await Gateway.TokenAsync("exe@ninove.example", new RoleGrant(Role.Municipal, "41048"));
        var number = await SubmitAsync(municipal);

        var (status, body) = await UploadAsync(number, "factuur.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03], municipal);
        var (_, ticket) = await Gateway.PostAsync("query($n: String!) { ticket(number: $n) { attachments { id } } }", new { n = number }, municipal);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("BAD_USER_INPUT", body, StringComparison.Ordinal);
        Assert.Empty(ticket["data"]!["ticket"]!["attachments"]!.AsArray());
    }

    [Fact]
    public async Task Attachment_OverTenMiB_Is413AndPerTicketTotalIsCapped()
    {
        var municipal = await Gateway.TokenAsync("groot@ninove.example", new RoleGrant(Role.Municipal, "41048"));
        var number = await SubmitAsync(municipal);
        byte[] Pdf(int mebibytes)
        {
            var bytes = new byte[mebibytes * 1024 * 1024];
            "%PDF"u8.CopyTo(bytes);
            return bytes;
        }

        var (tooBig, _) = await UploadAsync(number, "groot.pdf", Pdf(11), municipal);
        var results = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            results.Add((await UploadAsync(number, $"deel{i}.pdf", Pdf(9), municipal)).Status);
        }

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig);
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.BadRequest], results);
    }

    [Fact]
    public async Task InternalAttachment_OfStaff_IsHiddenFromTheMunicipalityAndRefusedToThem()
    {
        var municipal = await Gateway.TokenAsync("intern@ninove.example", new RoleGrant(Role.Municipal, "41048"));
        var staff = await Gateway.StaffTokenAsync();
        var number = await SubmitAsync(municipal);
        var pdf = "%PDF-1.4\n% interne analyse\n"u8.ToArray();

        var (status, created) = await UploadAsync(number, "analyse.pdf", pdf, staff, isInternal: true);
        var id = JsonNode.Parse(created)!["id"]!.GetValue<string>();
        var (forcedStatus, forced) = await UploadAsync(number, "poging.pdf", pdf, municipal, isInternal: true);
        const string Query = "query($n: String!) { ticket(number: $n) { attachments { id name internal } entries { kind body } } }";
        var (_, asMunicipality) = await Gateway.PostAsync(Query, new { n = number }, municipal);
        var (_, asStaff) = await Gateway.PostAsync(Query, new { n = number }, staff);
        var (municipalDownload, _) = await DownloadAsync(id, municipal);
        var (staffDownload, bytes) = await DownloadAsync(id, staff);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(HttpStatusCode.Forbidden, forcedStatus);
        Assert.Contains("FORBIDDEN", forced, StringComparison.Ordinal);
        Assert.Empty(asMunicipality["data"]!["ticket"]!["attachments"]!.AsArray());
        Assert.DoesNotContain("analyse.pdf", asMunicipality.ToJsonString(), StringComparison.Ordinal);
        var seen = asStaff["data"]!["ticket"]!["attachments"]!.AsArray().Single()!;
        Assert.Equal("analyse.pdf", seen["name"]!.GetValue<string>());
        Assert.True(seen["internal"]!.GetValue<bool>());
        Assert.Contains(asStaff["data"]!["ticket"]!["entries"]!.AsArray(), e =>
            e!["kind"]!.GetValue<string>() == "INTERNAL_NOTE" && e["body"]!.GetValue<string>().StartsWith("Interne bijlage toegevoegd: analyse.pdf", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, municipalDownload);
        Assert.Equal(HttpStatusCode.OK, staffDownload);
        Assert.Equal(pdf, bytes);
    }

    [Fact]
    public async Task InternalAttachment_WithAnUnreadableFlag_IsRefusedAndNothingIsRecorded()
    {
        var municipal = await Gateway.TokenAsync("vlag@ninove.example", new RoleGrant(Role.Municipal, "41048"));
        var staff = await Gateway.StaffTokenAsync();
        var number = await SubmitAsync(municipal);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/tickets/{number}/attachments?name=a.pdf&internal=ja") { Content = new ByteArrayContent("%PDF-1.4\n"u8.ToArray()) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", staff);
        using var response = await Gateway.Http.SendAsync(request);
        var (_, ticket) = await Gateway.PostAsync("query($n: String!) { ticket(number: $n) { attachments { id } } }", new { n = number }, staff);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("internal=true", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(ticket["data"]!["ticket"]!["attachments"]!.AsArray());
    }

    private async Task<string> SubmitAsync(string token)
    {
        var (_, submitted) = await Gateway.PostAsync(
            "mutation { submitHelpdeskRequest(input: {municipalityNisCode: \"41048\", subject: \"Met bijlage\", body: \"Zie bijlage\"}) { number } }",
            token: token);
        return submitted["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();
    }

    private async Task<(HttpStatusCode Status, string Body)> UploadAsync(string number, string name, byte[] content, string token, bool isInternal = false)
    {
        var address = $"/tickets/{number}/attachments?name={Uri.EscapeDataString(name)}" + (isInternal ? "&internal=true" : "");
        using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Gateway.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<(HttpStatusCode Status, byte[] Body)> DownloadAsync(string id, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/attachments/{id}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Gateway.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }
}
