using System.Text.RegularExpressions;
using LivcR.Support.Client;
using Microsoft.Playwright;
using ServerRole = LivcR.Support.Contracts.People.Role;
using ServerRoleGrant = LivcR.Support.Contracts.People.RoleGrant;

namespace LivcR.Support.Tests.Portal;

/// <summary>The staff desk in the browser: queue, ticket page, reports, shortcuts, and who may not see any of it.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class DeskPagesTests(PortalFixture portal)
{
    [Fact]
    public async Task Staff_TriagesTheQueueWithFiltersAndABulkAction_SeesWhatChangedAndWhatWasRefused()
    {
        var word = "Wegenplan" + Unique();
        var (_, gent) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "wegen");
        var first = await AskAsync(gent, $"{word} fietspad", "Wie beslist over het fietspad?");
        var second = await AskAsync(gent, $"{word} zebrapad", "Mag een zebrapad aan de school?");
        var closed = await AskAsync(gent, $"{word} afgerond", "Al opgelost.");
        await gent.CloseTicketAsync(closed.Number);
        var (staffEmail, _) = await NewStaffAsync();
        var page = await portal.NewPageAsync();

        await portal.SignInAsync(page, staffEmail);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Werkbak", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Niet toegewezen" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Mijn open tickets" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "SLA in gevaar" })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "werkbak");

        await page.GetByLabel("Zoeken in onderwerp, berichten en notities").FillAsync(word);
        await page.GetByLabel("Status", new() { Exact = true }).First.SelectOptionAsync(new SelectOptionValue { Label = "Alle statussen" });
        await page.GetByLabel("Gemeente", new() { Exact = true }).First.SelectOptionAsync(new SelectOptionValue { Label = "Gent" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter toepassen" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("zoek=" + word));
        await Assertions.Expect(PortalFixture.Status(page).Filter(new() { HasText = "tickets" })).ToHaveTextAsync("3 tickets");
        var queue = page.Locator("#queue");
        await Assertions.Expect(queue.GetByRole(AriaRole.Link, new() { Name = first.Number })).ToBeVisibleAsync();
        await Assertions.Expect(queue).ToContainTextAsync($"{word} zebrapad");
        await Assertions.Expect(queue).ToContainTextAsync("Gent");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Gesloten 1" })).ToBeVisibleAsync();

        await page.GetByLabel($"Ticket {first.Number} kiezen").CheckAsync();
        await page.GetByLabel($"Ticket {second.Number} kiezen").CheckAsync();
        await page.GetByLabel($"Ticket {closed.Number} kiezen").CheckAsync();
        await page.GetByLabel("Toewijzen aan", new() { Exact = true }).Last.FillAsync("mij");
        await page.GetByLabel("Status", new() { Exact = true }).Last.SelectOptionAsync(new SelectOptionValue { Label = "Open" });
        await page.GetByLabel("Prioriteit", new() { Exact = true }).Last.SelectOptionAsync(new SelectOptionValue { Label = "Hoog" });
        await page.GetByLabel("Tags vervangen door").FillAsync("wegen, school");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toepassen op gekozen tickets" }).ClickAsync();

        var summary = page.Locator(".bulk-summary");
        await Assertions.Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("2 gewijzigd, 1 geweigerd");
        await Assertions.Expect(summary.Locator("li", new() { HasText = first.Number })).ToContainTextAsync("gewijzigd: Open, prioriteit Hoog, toegewezen aan " + staffEmail);
        await Assertions.Expect(summary.Locator("li", new() { HasText = closed.Number })).ToContainTextAsync("geweigerd:");
        var firstRow = queue.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = first.Number }) });
        await Assertions.Expect(firstRow).ToContainTextAsync("Hoog");
        await Assertions.Expect(firstRow).ToContainTextAsync(staffEmail);
        await Assertions.Expect(firstRow).ToContainTextAsync("school");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "werkbak-bulk");

        // The filter as a list of one's own, and gone again.
        var listName = "Gent " + word;
        await page.GetByLabel("Deze filter bewaren als lijst met de naam").FillAsync(listName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lijst bewaren" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("lijst="));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = listName })).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(queue.GetByRole(AriaRole.Link, new() { Name = second.Number })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Lijst {listName} verwijderen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = listName })).ToHaveCountAsync(0);

        // Mine now holds the two changed tickets; a phone shows the same queue.
        var phone = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(phone, staffEmail);
        await phone.GetByRole(AriaRole.Link, new() { Name = "Mijn open tickets" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#queue").GetByRole(AriaRole.Link, new() { Name = first.Number })).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("#queue").GetByRole(AriaRole.Link, new() { Name = closed.Number })).ToHaveCountAsync(0);
        await PortalFixture.AssertAccessibleAsync(phone);
        await PortalFixture.ScreenshotAsync(phone, "werkbak-gsm");
        Assert.True(await FitsTheWidthAsync(phone), "The page scrolls sideways at 360 px.");
    }

    [Fact]
    public async Task Queue_NextAndPrevious_NeitherSkipNorRepeatATicket()
    {
        var word = "Paging" + Unique();
        var (_, gent) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "pagina");
        var asked = new List<string>();
        for (var i = 0; i < DeskQueuePageSize + 3; i++)
        {
            asked.Add((await AskAsync(gent, $"{word} {i}", "Vraag " + i)).Number);
        }

        var (staffEmail, _) = await NewStaffAsync();
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, staffEmail);
        await page.GotoAsync($"/werkbak?zoek={word}&volgorde=gewijzigd");

        var firstPage = await NumbersAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina →" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "← Vorige pagina" })).ToBeVisibleAsync();
        var secondPage = await NumbersAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "← Vorige pagina" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "← Vorige pagina" })).ToHaveCountAsync(0);

        Assert.Equal(DeskQueuePageSize, firstPage.Count);
        Assert.Equal(3, secondPage.Count);
        Assert.Empty(firstPage.Intersect(secondPage));
        Assert.Equal(asked.Order(), firstPage.Concat(secondPage).Order());
        Assert.Equal(firstPage, await NumbersAsync(page));
    }

    [Fact]
    public async Task Staff_AnswersWithANoteAndAReply_TheMunicipalitySeesTheReplyButNotTheNote()
    {
        var (gentEmail, gent) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "vraagsteller");
        var ticket = await AskAsync(gent, "Subsidie buurtwerking " + Unique(), "Kunnen we subsidie krijgen voor de buurtwerking?");
        var (staffEmail, staff) = await NewStaffAsync();
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, staffEmail);

        // The link in mails (/tickets/{n}) brings staff to the desk's ticket page.
        await page.GotoAsync($"/tickets/{ticket.Number}");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/werkbak/tickets/{ticket.Number}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(ticket.Subject);
        await Assertions.Expect(page.Locator("#thread")).ToHaveAttributeAsync("data-live-ticket", ticket.Number);
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "werkbak-ticket");

        await Assertions.Expect(page.Locator("#sla-pauses")).ToHaveTextAsync("De klok stond nog niet stil.");
        await page.GetByLabel("Notitie", new() { Exact = true }).FillAsync("Intern: eerst budget nakijken bij de dienst.");
        await page.GetByLabel("Bijlagen voor collega's (niet verplicht)").SetInputFilesAsync(
            new FilePayload { Name = "budgetanalyse.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% budget\n"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Notitie bewaren" }).ClickAsync();
        await Assertions.Expect(PortalFixture.Status(page)).ToContainTextAsync("De notitie is bewaard.");
        var attachmentsList = page.Locator("ul.attachments");
        await Assertions.Expect(attachmentsList).ToContainTextAsync("budgetanalyse.pdf");
        await Assertions.Expect(attachmentsList.Locator("li", new() { HasText = "budgetanalyse.pdf" })).ToContainTextAsync("Intern");
        var notes = page.GetByRole(AriaRole.Article, new() { Name = $"Interne notitie van {NameOf(staffEmail)}" });
        await Assertions.Expect(notes).ToHaveCountAsync(2);
        await Assertions.Expect(notes.First).ToContainTextAsync("Intern: eerst budget nakijken bij de dienst.");
        await Assertions.Expect(notes.Nth(1)).ToContainTextAsync("Interne bijlage toegevoegd: budgetanalyse.pdf");

        await page.GetByLabel("Antwoord", new() { Exact = true }).FillAsync("Ja, via het stedenfonds. Ik stuur de voorwaarden.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Assertions.Expect(PortalFixture.Status(page)).ToContainTextAsync("Het antwoord is verstuurd.");
        await Assertions.Expect(page.Locator("#thread")).ToContainTextAsync("Ja, via het stedenfonds.");
        Assert.NotEqual(ticket.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#thread").GetAttributeAsync("data-version"));

        // Triage, read back from the page and from the API.
        await page.GetByLabel("Prioriteit", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Dringend" });
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Wacht op gemeente" });
        await page.GetByLabel("Tags", new() { Exact = true }).FillAsync("subsidie, buurt");
        await page.GetByLabel("Toegewezen aan", new() { Exact = true }).FillAsync(staffEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen bewaren" }).ClickAsync();
        await Assertions.Expect(PortalFixture.Status(page)).ToContainTextAsync("De wijzigingen zijn bewaard.");
        await page.GotoAsync($"/werkbak/tickets/{ticket.Number}");
        var facts = page.Locator(".ticket-facts");
        await Assertions.Expect(facts).ToContainTextAsync("Dringend");
        await Assertions.Expect(facts).ToContainTextAsync("subsidie");
        await Assertions.Expect(facts).ToContainTextAsync(staffEmail);
        await Assertions.Expect(page.Locator("#sla-title + dl")).ToContainTextAsync("Gepauzeerd: we wachten op de gemeente");
        await Assertions.Expect(page.Locator("#sla-pauses li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#sla-pauses li")).ToContainTextAsync("wacht nog op de gemeente");
        var triaged = await staff.GetTicketAsync(ticket.Number);
        Assert.Equal(TicketPriority.Urgent, triaged.Priority);
        Assert.Equal(TicketStatus.WaitingForMunicipality, triaged.Status);
        Assert.Equal(["buurt", "subsidie"], triaged.Tags.Order());
        Assert.Equal(staffEmail, triaged.AssigneeEmail);
        await page.GetByText("Wie las of wijzigde dit ticket").ClickAsync();
        await Assertions.Expect(page.Locator(".audit")).ToContainTextAsync(staffEmail);
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "werkbak-ticket-behandeld");

        var phone = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(phone, staffEmail, $"/aanmelden?terug=/werkbak/tickets/{ticket.Number}");
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(ticket.Subject);
        await PortalFixture.AssertAccessibleAsync(phone);
        await PortalFixture.ScreenshotAsync(phone, "werkbak-ticket-gsm");
        Assert.True(await FitsTheWidthAsync(phone), "The page scrolls sideways at 360 px.");

        // The municipality's page shows the answer, never the note.
        var municipal = await portal.NewPageAsync();
        await portal.SignInAsync(municipal, gentEmail);
        await municipal.GotoAsync($"/tickets/{ticket.Number}");
        await Assertions.Expect(municipal.GetByText("Ja, via het stedenfonds. Ik stuur de voorwaarden.")).ToBeVisibleAsync();
        Assert.DoesNotContain("budget nakijken", await municipal.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Interne notitie", await municipal.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("budgetanalyse", await municipal.ContentAsync(), StringComparison.Ordinal);
        Assert.Empty((await gent.GetTicketAsync(ticket.Number)).Attachments);
    }

    [Fact]
    public async Task Staff_LinksAndMergesThroughThePicker_BothHold()
    {
        var word = "Kermis" + Unique();
        var (_, gent) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "kermis");
        var main = await AskAsync(gent, $"{word} vergunning", "Welke vergunning voor de kermis?");
        var related = await AskAsync(gent, $"{word} geluid", "Hoe laat moet de muziek stil?");
        var duplicate = await AskAsync(gent, "Dubbel " + Unique(), "Nog eens de vraag over de kermisvergunning.");
        var (staffEmail, staff) = await NewStaffAsync();
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, staffEmail);
        await page.GotoAsync($"/werkbak/tickets/{main.Number}");

        await page.GetByLabel("Ander ticket").FillAsync(word);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = related.Number })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = main.Number })).ToHaveCountAsync(0);
        await PortalFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Radio, new() { Name = related.Number }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Koppelen", Exact = true }).ClickAsync();
        await Assertions.Expect(PortalFixture.Status(page)).ToContainTextAsync($"Gekoppeld aan {related.Number}.");
        await Assertions.Expect(page.Locator("#koppelen").GetByRole(AriaRole.Link, new() { Name = related.Number })).ToBeVisibleAsync();
        Assert.Contains(main.Number, (await staff.GetTicketAsync(related.Number)).Links);

        // The duplicate goes into the main ticket: found by its number.
        await page.GotoAsync($"/werkbak/tickets/{duplicate.Number}");
        await page.GetByLabel("Ander ticket").FillAsync(main.Number);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = main.Number }).CheckAsync();
        await PortalFixture.ScreenshotAsync(page, "werkbak-ticket-kiezer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Samenvoegen in het gekozen ticket" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/werkbak/tickets/{main.Number}"));
        await Assertions.Expect(PortalFixture.Status(page)).ToContainTextAsync($"{duplicate.Number} is samengevoegd in {main.Number}.");
        await Assertions.Expect(page.Locator("#thread")).ToContainTextAsync("Nog eens de vraag over de kermisvergunning.");
        Assert.Equal(main.Number, (await staff.GetTicketAsync(duplicate.Number)).MergedInto);
    }

    [Fact]
    public async Task Reports_ByAssignee_ShowTheTicketsTheTestCreated()
    {
        var (_, gent) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "rapport");
        var (staffEmail, staff) = await NewStaffAsync();
        var numbers = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var ticket = await AskAsync(gent, $"Rapport {Unique()}", "Voor het rapport.");
            await staff.TriageAsync(ticket.Number, new TicketTriageInput { AssigneeEmail = staffEmail });
            numbers.Add(ticket.Number);
        }

        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, staffEmail);
        await page.GetByRole(AriaRole.Link, new() { Name = "Rapporten" }).ClickAsync();
        await page.GetByLabel("Per", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "medewerker" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Rapport tonen" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("groep=medewerker"));
        var row = page.Locator("table.report-table tbody tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = staffEmail }) });
        await Assertions.Expect(row.Locator("td").First).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Aangemaakte tickets per medewerker" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#chart-created-desc")).ToContainTextAsync($"{staffEmail}: 2");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "werkbak-rapporten");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tickets van deze periode exporteren als CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.All(numbers, n => Assert.Contains(n, csv, StringComparison.Ordinal));

        var phone = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(phone, staffEmail, "/aanmelden?terug=/werkbak/rapporten%3Fgroep%3Dprioriteit");
        await Assertions.Expect(phone.GetByRole(AriaRole.Rowheader, new() { Name = "Normaal" })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(phone);
        await PortalFixture.ScreenshotAsync(phone, "werkbak-rapporten-gsm");
        Assert.True(await FitsTheWidthAsync(phone), "The page scrolls sideways at 360 px.");
    }

    [Fact]
    public async Task Shortcuts_QuestionMarkAndTheButton_OpenTheHelp_AndJWalksTheQueue()
    {
        var (_, gent) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "sneltoets");
        await AskAsync(gent, "Sneltoets " + Unique(), "Een vraag in de werkbak.");
        var (staffEmail, _) = await NewStaffAsync();
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, staffEmail);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Werkbak", Level = 1 })).ToBeVisibleAsync();
        var help = page.GetByRole(AriaRole.Dialog, new() { Name = "Sneltoetsen" });

        await page.Locator("body").PressAsync("?");
        await Assertions.Expect(help).ToBeVisibleAsync();
        await Assertions.Expect(help).ToContainTextAsync("Aan mij toewijzen");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "werkbak-sneltoetsen");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(help).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sneltoetsen (?)" }).ClickAsync();
        await Assertions.Expect(help).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sluiten" }).ClickAsync();
        await Assertions.Expect(help).ToBeHiddenAsync();

        await page.Locator("body").PressAsync("j");
        await Assertions.Expect(page.Locator("#queue a[data-ticket]").First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/werkbak/tickets/"));
        await page.Locator("body").PressAsync("r");
        await Assertions.Expect(page.GetByLabel("Antwoord", new() { Exact = true })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task MunicipalUserOrganiserAndAdminWithoutStaff_ForcingTheDesk_GetNotFound()
    {
        var (_, gent) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "nieuwsgierig");
        var ticket = await AskAsync(gent, "Niet voor jou " + Unique(), "Alleen VVSG ziet de werkbak.");
        var organiser = $"organisator-{Unique()}@limburg.example";
        await portal.Gateway.TokenAsync(organiser, new ServerRoleGrant(ServerRole.Organiser, "limburg"));
        var admin = $"beheerder-{Unique()}@vvsg.example";
        await portal.Gateway.TokenAsync(admin, new ServerRoleGrant(ServerRole.Admin, null));

        foreach (var (email, phone) in new[] { (await portal.NewMunicipalUserAsync(PortalPeople.Gent, "gent"), true), (organiser, false), (admin, false) })
        {
            var page = await portal.NewPageAsync(phone);
            await portal.SignInAsync(page, email);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Werkbak" })).ToHaveCountAsync(0);
            foreach (var address in new[] { "/werkbak", $"/werkbak/tickets/{ticket.Number}", "/werkbak/rapporten" })
            {
                var response = await page.GotoAsync(address);

                Assert.Equal(404, response!.Status);
                Assert.DoesNotContain(ticket.Subject, await page.ContentAsync(), StringComparison.Ordinal);
            }

            var export = await page.Context.APIRequest.GetAsync("/werkbak/export.csv?status=alle");
            Assert.Equal(404, export.Status);
            Assert.DoesNotContain(ticket.Subject, await export.TextAsync(), StringComparison.Ordinal);

            await page.GotoAsync("/werkbak");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Niet gevonden" })).ToBeVisibleAsync();
            await PortalFixture.AssertAccessibleAsync(page);
        }
    }

    private const int DeskQueuePageSize = LivcR.Support.Portal.Services.DeskQueueQuery.PageSize;

    private static string Unique() => Guid.NewGuid().ToString("N")[..6];

    private static string NameOf(string email) => email.Split('@')[0];

    private static Task<Ticket> AskAsync(SupportClient municipal, string subject, string body) =>
        municipal.SubmitAsync(new SubmitHelpdeskRequestInput(PortalPeople.Gent, subject, body));

    /// <summary>A new VVSG staff member (name: the part before the @) and a client with their token.</summary>
    private async Task<(string Email, SupportClient Client)> NewStaffAsync()
    {
        var email = $"medewerker-{Unique()}@vvsg.example";
        var token = await portal.Gateway.TokenAsync(email, new ServerRoleGrant(ServerRole.Staff, null));
        return (email, new SupportClient(portal.Gateway.Http, token));
    }

    private static Task<bool> FitsTheWidthAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    private static async Task<List<string>> NumbersAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("#queue a[data-ticket]").First).ToBeVisibleAsync();
        return [.. await page.Locator("#queue a[data-ticket]").AllInnerTextsAsync()];
    }
}
