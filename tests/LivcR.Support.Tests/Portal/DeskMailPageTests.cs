using LivcR.Support.Client;
using LivcR.Support.Silo.Mail.Intake;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using MimeKit.Utils;

namespace LivcR.Support.Tests.Portal;

/// <summary>The staff desk's mail channel: mailboxes, quarantine, outbox and the municipalities' email domains.</summary>
[Collection(PortalCollection.Name)]
public sealed class DeskMailPageTests(PortalFixture portal)
{
    [Fact]
    public async Task Staff_ReleasesAQuarantinedMailAsATicket_AndSeesTheirSignInCodeSentInTheOutbox()
    {
        var staff = await ConsolePeople.NewAsync(portal, "medewerker", "vvsg.example", ConsolePeople.Staff);
        var subject = "Doorgestuurd door een collega " + Guid.NewGuid().ToString("N")[..8];
        var discarded = "Reclame " + Guid.NewGuid().ToString("N")[..8];
        await QuarantineAsync("onbekend@nergens.example", subject, "Toch een echte vraag.");
        await QuarantineAsync("spam@nergens.example", discarded, "Koop nu.");
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, staff);
        await page.WaitForURLAsync("**/werkbak");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mailkanaal" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mailkanaal", Level = 1 })).ToBeVisibleAsync();
        var quarantine = page.GetByRole(AriaRole.Table, new() { Name = "Quarantaine" });
        var row = quarantine.GetByRole(AriaRole.Row, new() { Name = subject });
        await Assertions.Expect(row).ToContainTextAsync("Mail apart gezet voor de test.");
        await Assertions.Expect(row).ToContainTextAsync("wacht op beslissing");
        var outbox = page.GetByRole(AriaRole.Table, new() { Name = "Uitgaande mail" });
        await Assertions.Expect(outbox.GetByRole(AriaRole.Row, new() { Name = staff }).First).ToContainTextAsync("aanmeldcode");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "werkbak-mail");

        await row.GetByRole(AriaRole.Button, new() { Name = "Vraag van maken" }).ClickAsync();

        await Assertions.Expect(PortalFixture.Status(page)).ToContainTextAsync("De mail is vraag ");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Quarantaine" }).GetByRole(AriaRole.Row, new() { Name = subject })).ToHaveCountAsync(0);
        var staffClient = new SupportClient(portal.Gateway.Http, await portal.Gateway.TokenAsync(staff));
        var released = (await staffClient.MailQuarantineAsync(QuarantineStatus.Released, 100)).Single(m => m.Subject == subject);
        Assert.Equal(staff, released.DecidedBy);
        Assert.Equal(subject, (await staffClient.GetTicketAsync(released.TicketNumber!)).Subject);

        await page.GetByRole(AriaRole.Table, new() { Name = "Quarantaine" }).GetByRole(AriaRole.Row, new() { Name = discarded })
            .GetByRole(AriaRole.Button, new() { Name = "Weggooien" }).ClickAsync();
        await Assertions.Expect(page.GetByText("De mail is weggegooid.")).ToBeVisibleAsync();

        await page.GetByLabel("Status").Last.SelectOptionAsync(new SelectOptionValue { Label = "verstuurd" });
        await page.GetByRole(AriaRole.Form, new() { Name = "Uitgaande mail filteren" }).GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Uitgaande mail" }).GetByRole(AriaRole.Row, new() { Name = staff }).First).ToContainTextAsync("verstuurd");
        Assert.Contains("uitgaand=Sent", page.Url, StringComparison.Ordinal);

        var phone = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(phone, staff);
        await phone.WaitForURLAsync("**/werkbak");
        await phone.GotoAsync("/werkbak/mail?quarantaine=Released");
        await Assertions.Expect(phone.GetByRole(AriaRole.Table, new() { Name = "Quarantaine" }).GetByRole(AriaRole.Row, new() { Name = subject })).ToContainTextAsync("vraag geworden");
        await PortalFixture.AssertAccessibleAsync(phone);
        await PortalFixture.ScreenshotAsync(phone, "werkbak-mail-gsm");
    }

    [Fact]
    public async Task Staff_AddsAnEmailDomainToAMunicipality_AndSeesItListed()
    {
        var staff = await ConsolePeople.NewAsync(portal, "medewerker", "vvsg.example", ConsolePeople.Staff);
        var domain = $"bree-{Guid.NewGuid().ToString("N")[..6]}.example";
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, staff);
        await page.WaitForURLAsync("**/werkbak");

        await page.GotoAsync("/werkbak/mail");
        await page.GetByRole(AriaRole.Link, new() { Name = "E-maildomeinen van gemeenten" }).ClickAsync();
        await page.GetByLabel("Gemeente", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Bree" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Domeinen van Bree" })).ToBeVisibleAsync();
        var before = await page.GetByLabel("Domeinen", new() { Exact = true }).InputValueAsync();
        await page.GetByLabel("Domeinen", new() { Exact = true }).FillAsync((before + "\n" + domain).Trim());
        await page.GetByRole(AriaRole.Button, new() { Name = "Domeinen opslaan" }).ClickAsync();

        await Assertions.Expect(page.GetByText("De domeinen van Bree zijn opgeslagen.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Domeinen van Bree" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = domain })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "werkbak-domeinen");

        var phone = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(phone, staff);
        await phone.WaitForURLAsync("**/werkbak");
        await phone.GotoAsync("/werkbak/mail/domeinen?gemeente=72004");
        await Assertions.Expect(phone.GetByText(domain).First).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(phone);
        await PortalFixture.ScreenshotAsync(phone, "werkbak-domeinen-gsm");
    }

    [Fact]
    public async Task MunicipalUser_ForcesTheMailChannel_GetsNotFound()
    {
        var user = await portal.NewMunicipalUserAsync(PortalPeople.Gent, "gent");
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, user);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mailkanaal" })).ToHaveCountAsync(0);

        foreach (var address in new[] { "/werkbak/mail", "/werkbak/mail?uitgaand=Sent", "/werkbak/mail/domeinen?gemeente=44021" })
        {
            var response = await page.GotoAsync(address);

            Assert.Equal(404, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Niet gevonden", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Quarantaine")).ToHaveCountAsync(0);
        }
    }

    /// <summary>Puts a mail in quarantine as the intake would.</summary>
    private async Task QuarantineAsync(string sender, string subject, string body)
    {
        var message = new MimeMessage { Subject = subject, MessageId = MimeUtils.GenerateMessageId("nergens.example"), Body = new TextPart("plain") { Text = body } };
        message.From.Add(MailboxAddress.Parse(sender));
        message.To.Add(MailboxAddress.Parse("radicalisering@vvsg.example"));
        using var content = new MemoryStream();
        await message.WriteToAsync(content);
        await portal.Gateway.Services.GetRequiredService<QuarantineStore>().AddAsync(
            "helpdesk", "portal-" + message.MessageId, null, message.MessageId, sender, subject, "Mail apart gezet voor de test.", content.ToArray(), DateTimeOffset.UtcNow);
    }
}
