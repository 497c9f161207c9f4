using System.Globalization;
using System.Text.RegularExpressions;
using LivcR.Support.Client;
using Microsoft.Playwright;
using MimeKit;

namespace LivcR.Support.Tests.Portal;

/// <summary>The organisers' console: members, invitations, meetings and counts of their province's platform, never ticket content.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class ConsolePageTests(PortalFixture portal)
{
    [GeneratedRegex(@"/netwerk/uitnodiging/(?<code>\S+)")]
    private static partial Regex InvitationCode();

    [Fact]
    public async Task Organiser_InvitesAMemberAndPlansAMeeting_MembersGetTheCalendar_AndNoTicketContentAppears()
    {
        var (_, hasselt) = await PortalPeople.NewAsync(portal, PortalPeople.Hasselt, "vrager");
        var subject = "Vertrouwelijke casus Hasselt " + Guid.NewGuid().ToString("N")[..6];
        var ticket = await hasselt.SubmitAsync(new SubmitHelpdeskRequestInput(PortalPeople.Hasselt, subject, "Inhoud die een organisator nooit ziet."));
        var organiser = await ConsolePeople.NewAsync(portal, "organisator", "limburg.example", ConsolePeople.Organiser("limburg"));
        var invitee = $"lies.{Guid.NewGuid().ToString("N")[..8]}@hasselt.example";
        var page = await portal.NewPageAsync();

        await portal.SignInAsync(page, organiser);

        await page.WaitForURLAsync("**/platform");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Provinciaal platform Limburg", Level = 1 })).ToBeVisibleAsync();
        var counts = page.GetByRole(AriaRole.Table, new() { Name = "Aantal vragen per gemeente" });
        await Assertions.Expect(counts.GetByRole(AriaRole.Row, new() { Name = "Hasselt" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Niet vertegenwoordigd" })).ToBeVisibleAsync();

        await page.GetByLabel("E-mailadres").FillAsync(invitee);
        await page.GetByLabel("Naam").FillAsync("Lies Vanderhoven");
        await page.GetByLabel("Gemeente", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hasselt" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByText("De uitnodiging is verstuurd.")).ToBeVisibleAsync();
        var invitations = page.GetByRole(AriaRole.Region, new() { Name = "Openstaande uitnodigingen" });
        await Assertions.Expect(invitations).ToContainTextAsync("Lies Vanderhoven");
        var invitation = await portal.Mail.WaitForAsync(invitee, TimeSpan.FromSeconds(20)) ?? throw new TimeoutException("No invitation mail");
        await new SupportClient(portal.Gateway.Http).AcceptNetworkInvitationAsync(InvitationCode().Match(invitation.TextBody ?? "").Groups["code"].Value);

        await page.ReloadAsync();
        var members = page.GetByRole(AriaRole.Table, new() { Name = "Leden" });
        await Assertions.Expect(members.GetByRole(AriaRole.Row, new() { Name = "Lies Vanderhoven" })).ToBeVisibleAsync();
        await AssertNoTicketContentAsync(page, subject, ticket.Number);
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "console-platform");

        var day = DateTimeOffset.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByLabel("Datum").FillAsync(day);
        await page.GetByLabel("Begin").FillAsync("14:00");
        await page.GetByLabel("Einde").FillAsync("16:00");
        await page.GetByLabel("Plaats").FillAsync("Provinciehuis, Universiteitslaan 1, Hasselt");
        await page.GetByLabel("Agenda").FillAsync("1. Welkom\n2. Stand van de LIVC-R's");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergadering plannen" }).ClickAsync();

        await Assertions.Expect(page.GetByText("De vergadering is gepland.", new() { Exact = false })).ToBeVisibleAsync();
        var calendarMail = await WaitForCalendarAsync(invitee);
        Assert.Contains(calendarMail.Attachments, a => a.ContentType.MimeType == "text/calendar" || (a.ContentDisposition?.FileName ?? "").EndsWith(".ics", StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Region, new() { Name = "Vergaderingen" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vergadering van", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Aanwezigheden kan je noteren vanaf het begin van de vergadering.")).ToBeVisibleAsync();
        await page.GetByLabel("Verslag", new() { Exact = true }).FillAsync("Iedereen was er. Volgende keer: de casusbespreking.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByText("De vergadering is opgeslagen.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Verslag", new() { Exact = true })).ToHaveValueAsync("Iedereen was er. Volgende keer: de casusbespreking.");
        await AssertNoTicketContentAsync(page, subject, ticket.Number);
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "console-vergadering");

        var phone = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(phone, organiser);
        await phone.WaitForURLAsync("**/platform");
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Provinciaal platform Limburg", Level = 1 })).ToBeVisibleAsync();
        await AssertNoTicketContentAsync(phone, subject, ticket.Number);
        await PortalFixture.AssertAccessibleAsync(phone);
        await PortalFixture.ScreenshotAsync(phone, "console-platform-gsm");
    }

    [Fact]
    public async Task Organiser_PlansAMeetingWithoutPlaceOrAgenda_SeesWhatIsMissing_AndKeepsWhatWasTyped()
    {
        var organiser = await ConsolePeople.NewAsync(portal, "organisator", "limburg.example", ConsolePeople.Organiser("limburg"));
        var page = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(page, organiser);
        await page.WaitForURLAsync("**/platform");

        await page.GetByLabel("Datum").FillAsync(DateTimeOffset.UtcNow.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Begin").FillAsync("10:00");
        await page.GetByLabel("Einde").FillAsync("12:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergadering plannen" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Vul een plaats in, een link om online deel te nemen of allebei." })).ToBeVisibleAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Vul de agenda in." })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Begin")).ToHaveValueAsync("10:00");
        await Assertions.Expect(page.GetByLabel("Agenda")).ToHaveAttributeAsync("aria-invalid", "true");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "console-vergadering-fout-gsm");
    }

    [Fact]
    public async Task Organiser_ForcesAnotherProvincesConsoleOrTheDesk_GetsNotFound()
    {
        var organiser = await ConsolePeople.NewAsync(portal, "organisator", "limburg.example", ConsolePeople.Organiser("limburg"));
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, organiser);
        await page.WaitForURLAsync("**/platform");

        foreach (var address in new[] { "/platform/antwerpen", "/beheer", "/werkbak/mail", "/werkbak/netwerk" })
        {
            var response = await page.GotoAsync(address);

            Assert.Equal(404, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Niet gevonden", Level = 1 })).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task MunicipalUser_ForcesTheConsole_GetsNotFound()
    {
        var user = await portal.NewMunicipalUserAsync(PortalPeople.Hasselt, "hasselt");
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, user);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mijn platform" })).ToHaveCountAsync(0);

        foreach (var address in new[] { "/platform", "/platform/limburg" })
        {
            var response = await page.GotoAsync(address);

            Assert.Equal(404, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Niet gevonden", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Provinciaal platform Limburg" })).ToHaveCountAsync(0);
        }
    }

    /// <summary>No ticket's subject, number or link anywhere on the page.</summary>
    private static async Task AssertNoTicketContentAsync(IPage page, string subject, string number)
    {
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain(subject, text, StringComparison.Ordinal);
        Assert.DoesNotContain(number, text, StringComparison.Ordinal);
        var hrefs = await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.DoesNotContain(hrefs, h => h.Contains("/tickets", StringComparison.Ordinal) || h.Contains("/bijlagen", StringComparison.Ordinal));
        Assert.DoesNotContain(subject, await page.ContentAsync(), StringComparison.Ordinal);
    }

    private async Task<MimeMessage> WaitForCalendarAsync(string member)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var mail = portal.Mail.Received.FirstOrDefault(m => m.To.Mailboxes.Any(a => a.Address == member) && m.Attachments.Any());
            if (mail is not null)
            {
                return mail;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("No meeting invitation with a calendar file for " + member);
    }
}
