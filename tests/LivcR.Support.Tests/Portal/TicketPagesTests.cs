using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LivcR.Support.Tests.Portal;

[Collection(PortalCollection.Name)]
public sealed partial class TicketPagesTests(PortalFixture portal)
{
    private Task<string> GentAsync() => portal.NewMunicipalUserAsync("44021", "gent");

    [Fact]
    public async Task Coordinator_AsksAQuestionWithAnAttachment_FollowsItToTheEnd()
    {
        var subject = "Opstart LIVC-R " + Guid.NewGuid().ToString("N")[..6];
        var page = await portal.NewPageAsync();
        var gentUser = await GentAsync();
        await portal.SignInAsync(page, gentUser);
        var acknowledgementsBefore = portal.Mail.Received.Count(m => (m.Subject ?? "").Contains(subject, StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Link, new() { Name = "Vraag stellen", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ondersteuning op maat vragen" })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "vraag-stellen");
        await page.GetByLabel("Onderwerp", new() { Exact = true }).FillAsync(subject);
        await page.GetByLabel("Je vraag", new() { Exact = true }).FillAsync("Hoe starten we een lokale integrale veiligheidscel op? Wie zit er best aan tafel?");
        await page.GetByLabel("Waarover gaat je vraag? (niet verplicht)").SelectOptionAsync(new SelectOptionValue { Label = "LIVC-R opstart en werking" });
        await page.GetByLabel("Bijlagen (niet verplicht)").SetInputFilesAsync(new FilePayload { Name = "plan.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n% plan\n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vraag versturen" }).ClickAsync();

        await Assertions.Expect(PortalFixture.Status(page)).ToContainTextAsync("Je vraag is verstuurd");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = subject })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "plan.pdf" })).ToBeVisibleAsync();
        var number = NumberOf(page.Url);
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "vraag-verstuurd");

        // In the list and by search.
        await page.GetByRole(AriaRole.Link, new() { Name = "Alle vragen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = subject })).ToBeVisibleAsync();
        await page.GetByLabel("Zoeken in onderwerp en tekst").FillAsync("veiligheidscel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = subject })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "vragen-zoeken");

        // The attachment downloads with its bytes.
        await page.GotoAsync($"/tickets/{number}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "plan.pdf" }).ClickAsync());
        Assert.Equal("plan.pdf", download.SuggestedFilename);

        // The link in the acknowledgement mail opens the ticket.
        var acknowledgement = await portal.Mail.WaitForAsync(gentUser, TimeSpan.FromSeconds(20), skip: 0, subjectContains: number)
            ?? throw new TimeoutException("No acknowledgement for " + number);
        var link = TicketLink().Match(acknowledgement.TextBody ?? "").Value;
        Assert.Equal($"{portal.Address}/tickets/{number}", link);
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = subject })).ToBeVisibleAsync();

        // Staff answer through the API; the answer shows on the page.
        var staff = await portal.Gateway.StaffTokenAsync();
        await portal.Gateway.PostAsync("mutation($n: String!) { replyToTicket(number: $n, body: \"Begin met een gesprek met de burgemeester.\") { version } }", new { n = number }, staff);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByText("Begin met een gesprek met de burgemeester.")).ToBeVisibleAsync();

        await page.GetByLabel("Je antwoord").FillAsync("Dank u, dat doen we volgende week.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Je antwoord is verstuurd.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Dank u, dat doen we volgende week.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Opgelost, bedankt" }).ClickAsync();
        await Assertions.Expect(page.GetByText("De vraag is gesloten. Bedankt!")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".ticket-facts")).ToContainTextAsync("Gesloten");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "vraag-gesloten");
        Assert.True(portal.Mail.Received.Count(m => (m.Subject ?? "").Contains(subject, StringComparison.Ordinal)) > acknowledgementsBefore);
    }

    [Fact]
    public async Task Hasselt_OpensGentsTicketByItsAddress_SeesOnlyNotFound()
    {
        var gent = await portal.Gateway.TokenAsync(await GentAsync());
        var (_, submitted) = await portal.Gateway.PostAsync(
            "mutation { submitHelpdeskRequest(input: {municipalityNisCode: \"44021\", subject: \"Enkel voor Gent\", body: \"Geheim van Gent\"}) { number } }", null, gent);
        var number = submitted["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();
        var page = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(page, await portal.NewMunicipalUserAsync("71072", "hasselt"));

        var response = await page.GotoAsync($"/tickets/{number}");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Niet gevonden" })).ToBeVisibleAsync();
        Assert.DoesNotContain("Enkel voor Gent", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Geheim van Gent", await page.ContentAsync(), StringComparison.Ordinal);
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "vraag-niet-gevonden-gsm");
    }

    [Fact]
    public async Task Reply_AfterStaffChangedTheTicket_SaysItChangedAndKeepsTheText()
    {
        var page = await portal.NewPageAsync();
        var gentUser = await GentAsync();
        await portal.SignInAsync(page, gentUser);
        var number = await AskAsync(page, "Wijziging tussendoor", "Eerste vraag");
        var staff = await portal.Gateway.StaffTokenAsync();
        await portal.Gateway.PostAsync("mutation($n: String!) { replyToTicket(number: $n, body: \"Tussendoor van VVSG\") { version } }", new { n = number }, staff);

        await page.GetByLabel("Je antwoord").FillAsync("Mijn aanvulling die niet verloren mag gaan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Dit ticket is intussen gewijzigd");
        await Assertions.Expect(page.GetByText("Tussendoor van VVSG")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Je antwoord")).ToHaveValueAsync("Mijn aanvulling die niet verloren mag gaan");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "vraag-intussen-gewijzigd");

        await page.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Je antwoord is verstuurd.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".thread")).ToContainTextAsync("Mijn aanvulling die niet verloren mag gaan");
    }

    [Fact]
    public async Task Ask_WithoutSubjectAndWithAForbiddenFile_ShowsBothErrorsAndKeepsTheQuestion()
    {
        var page = await portal.NewPageAsync(phone: true);
        var gentUser = await GentAsync();
        await portal.SignInAsync(page, gentUser);
        await page.GotoAsync("/vragen/nieuw");
        await page.GetByLabel("Je vraag", new() { Exact = true }).FillAsync("Deze tekst blijft staan");
        await page.GetByLabel("Bijlagen (niet verplicht)").SetInputFilesAsync(new FilePayload { Name = "virus.exe", MimeType = "application/octet-stream", Buffer = [0x4D, 0x5A, 0x90] });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vraag versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul een onderwerp in.");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("virus.exe kan niet mee");
        await Assertions.Expect(page.GetByLabel("Onderwerp", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Je vraag", new() { Exact = true })).ToHaveValueAsync("Deze tekst blijft staan");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "vraag-stellen-fouten-gsm");
    }

    [Fact]
    public async Task HostileText_InSubjectAndBody_RendersAsPlainText()
    {
        var page = await portal.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        var gentUser = await GentAsync();
        await portal.SignInAsync(page, gentUser);
        var hostile = "<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">klik</a>";

        var number = await AskAsync(page, "Test <script>alert(4)</script>", hostile);
        await page.GotoAsync("/tickets");
        await page.GotoAsync($"/tickets/{number}");

        await Assertions.Expect(page.Locator(".thread")).ToContainTextAsync("<script>alert(1)</script>");
        Assert.Equal(0, await page.Locator(".thread script, .thread img, .thread a[href^='javascript']").CountAsync());
        Assert.Equal(0, dialogs);
    }

    /// <summary>Asks a question through the page and returns its number (the page ends on the ticket).</summary>
    private static async Task<string> AskAsync(IPage page, string subject, string body)
    {
        await page.GotoAsync("/vragen/nieuw");
        await page.GetByLabel("Onderwerp", new() { Exact = true }).FillAsync(subject);
        await page.GetByLabel("Je vraag", new() { Exact = true }).FillAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "Vraag versturen" }).ClickAsync();
        await Assertions.Expect(PortalFixture.Status(page)).ToContainTextAsync("Je vraag is verstuurd");
        return NumberOf(page.Url);
    }

    private static string NumberOf(string url) => TicketNumber().Match(url).Value;

    [GeneratedRegex(@"\d{4}-\d{5}")]
    private static partial Regex TicketNumber();

    [GeneratedRegex(@"https?://[^\s<>""]+/tickets/\d{4}-\d{5}")]
    private static partial Regex TicketLink();
}
