using System.Text;
using Microsoft.Playwright;

namespace LivcR.Support.Tests.Portal;

/// <summary>
/// The log of a whole flow through the portal, the API and the mail it sends — everything from Information up, as Seq
/// receives it — holds none of the texts, names and addresses the flow sent, and no sign-in code.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PortalLogScanTests(PortalFixture portal)
{
    [Fact]
    public async Task Log_OfSignInQuestionAnswersAndMail_HoldsNoBodySubjectNameAddressOrCode()
    {
        var mark = Guid.NewGuid().ToString("N")[..8];
        var (subject, question, answer, note, again) = ($"Logonderwerp{mark}", $"Logvraag{mark} over de familie", $"Logantwoord{mark}", $"Lognotitie{mark}", $"Logreactie{mark}");
        var email = await portal.NewMunicipalUserAsync("44021", "gent");
        var page = await portal.NewPageAsync();

        // Portal: sign in with a mailed code, ask a question with an attachment.
        await portal.SignInAsync(page, email);
        var code = await portal.CodeAsync(email, 0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Vraag stellen", Exact = true }).ClickAsync();
        await page.GetByLabel("Onderwerp", new() { Exact = true }).FillAsync(subject);
        await page.GetByLabel("Je vraag", new() { Exact = true }).FillAsync(question);
        await page.GetByLabel("Bijlagen (niet verplicht)").SetInputFilesAsync(new FilePayload { Name = $"verslag-{mark}.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n% verslag\n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vraag versturen" }).ClickAsync();
        await Assertions.Expect(PortalFixture.Status(page)).ToContainTextAsync("Je vraag is verstuurd");
        var number = System.Text.RegularExpressions.Regex.Match(page.Url, @"\d{4}-\d{5}").Value;

        // API: staff answer and note; the answer is mailed; the municipality reacts in the portal.
        var staff = await PortalPeople.StaffAsync(portal);
        await staff.AddNoteAsync(number, note);
        await staff.ReplyAsync(number, answer);
        Assert.NotNull(await portal.Mail.WaitForAsync(email, TimeSpan.FromSeconds(20), skip: 1, subjectContains: number));
        await page.ReloadAsync();
        await page.GetByLabel("Je antwoord", new() { Exact = false }).First.FillAsync(again);
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(again);

        // The flow's own lines arrived (so the scan below looks at something), then nothing personal is in any line.
        await portal.Log.WaitForAsync(e => SeqReceiver.Text(e, "TicketNumber") == number, TimeSpan.FromSeconds(20));
        await portal.Log.WaitForAsync(e => SeqReceiver.Text(e, "RequestPath") == "/graphql", TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var raw = portal.Log.RawText + "\n" + portal.Log.Values;
        var localPart = email.Split('@')[0];
        foreach (var personal in (string[])[subject, question, answer, note, again, email, localPart, $"verslag-{mark}"])
        {
            Assert.False(raw.Contains(personal, StringComparison.OrdinalIgnoreCase), $"The log holds \"{personal}\".");
        }

        Assert.DoesNotContain(code, portal.Log.Values.Split('\n'));
    }
}
