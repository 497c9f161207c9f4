using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.People;

namespace LivcR.Support.Tests.Domain.Mail;

public sealed class MailChannelAccessTests
{
    private static Actor Who(params RoleGrant[] roles) => new("x@example.org", roles);

    [Fact]
    public void OutboxAndQuarantine_AreForStaffOnly_NotForAdminsWithoutTheStaffRole()
    {
        Assert.True(MailChannelAccess.CanManageOutbox(Who(new RoleGrant(Role.Staff, null))));
        Assert.True(MailChannelAccess.CanManageQuarantine(Who(new RoleGrant(Role.Staff, null))));
        Assert.False(MailChannelAccess.CanManageOutbox(Who(new RoleGrant(Role.Admin, null))));
        Assert.False(MailChannelAccess.CanManageQuarantine(Who(new RoleGrant(Role.Admin, null))));
        Assert.False(MailChannelAccess.CanManageQuarantine(Who(new RoleGrant(Role.Municipal, "44021"))));
    }

    [Fact]
    public void MailboxReaders_AreForStaffAndAdmins()
    {
        Assert.True(MailChannelAccess.CanSeeMailboxes(Who(new RoleGrant(Role.Staff, null))));
        Assert.True(MailChannelAccess.CanSeeMailboxes(Who(new RoleGrant(Role.Admin, null))));
        Assert.False(MailChannelAccess.CanSeeMailboxes(Who(new RoleGrant(Role.Organiser, "limburg"))));
        Assert.False(MailChannelAccess.CanSeeMailboxes(Who()));
    }
}
