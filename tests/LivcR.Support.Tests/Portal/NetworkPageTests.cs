using System.Text.RegularExpressions;
using LivcR.Support.Client;
using Microsoft.Playwright;

namespace LivcR.Support.Tests.Portal;

[Collection(PortalCollection.Name)]
public sealed partial class NetworkPageTests(PortalFixture portal)
{
    [GeneratedRegex(@"https?://\S+/netwerk/uitnodiging/\S+")]
    private static partial Regex InvitationLink();

    [Fact]
    public async Task InvitationMailLink_OpenedWithoutSignIn_SaysWhatItIsFor_AcceptsIt_AndAUsedLinkSaysSo()
    {
        var staff = await PortalPeople.StaffAsync(portal);
        var slug = "intervisie-" + Guid.NewGuid().ToString("N")[..8];
        await staff.SaveGroupAsync(slug, new NetworkGroupInput(CommunityKind.Intervision, "Intervisie casemanagers Oost", "Casemanagers bespreken hun casussen anoniem, elke maand.", Capacity: 8));
        var invitee = $"an.{Guid.NewGuid().ToString("N")[..8]}@gent.example";
        await staff.InviteGroupMemberAsync(slug, new NetworkInvitationInput(invitee, "An Verhoeven", "44021"));
        var mail = await portal.Mail.WaitForAsync(invitee, TimeSpan.FromSeconds(20)) ?? throw new TimeoutException("No invitation mail");
        var link = InvitationLink().Match(mail.TextBody ?? string.Empty).Value;
        var page = await portal.NewPageAsync();

        await page.GotoAsync(link);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uitnodiging voor Intervisie casemanagers Oost", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Dag An Verhoeven, je bent uitgenodigd om lid te worden van Intervisie casemanagers Oost.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("intervisiegroep")).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "uitnodiging");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging aanvaarden" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Welkom! Je bent nu lid van Intervisie casemanagers Oost.")).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "uitnodiging-aanvaard");
        Assert.Contains((await staff.GetGroupAsync(slug)).Members!, m => m.Email == invitee);

        var phone = await portal.NewPageAsync(phone: true);
        await phone.GotoAsync(link);
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Deze uitnodiging geldt niet meer", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByText("Deze uitnodiging is al gebruikt", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging aanvaarden" })).ToHaveCountAsync(0);
        await PortalFixture.AssertAccessibleAsync(phone);
        await PortalFixture.ScreenshotAsync(phone, "uitnodiging-gebruikt-gsm");
    }
}
