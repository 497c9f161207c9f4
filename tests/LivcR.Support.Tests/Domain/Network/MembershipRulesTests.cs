using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Silo.Network;

namespace LivcR.Support.Tests.Domain.Network;

public sealed class MembershipRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private static MunicipalityInfo? Municipality(string nis) => nis switch
    {
        "71072" => new MunicipalityInfo("71072", "Hasselt", Province.Limburg, "3500"),
        "11002" => new MunicipalityInfo("11002", "Antwerpen", Province.Antwerpen, "2000"),
        _ => null,
    };

    private static CommunityState Platform() => new() { Settings = new CommunitySettings(CommunityKind.Platform, "Provinciaal platform Limburg", "Platform", Province.Limburg) };

    private static CommunityState Intervision(int capacity) => new() { Settings = new CommunitySettings(CommunityKind.Intervision, "Intervisie", "Kleine groep", null, capacity) };

    private static string Invite(CommunityState state, string email, string? nis = "71072")
    {
        var secret = InvitationSecret.New();
        MembershipRules.Invite(state, new InvitationInput(email, "Naam", nis), "organisator@limburg.example", Now, Lifetime, InvitationSecret.Hash(secret), Municipality);
        return secret;
    }

    [Fact]
    public void Accept_ValidCode_MakesTheInviteeAMemberAndUsesTheCode()
    {
        var state = Platform();
        var secret = Invite(state, "Els@Hasselt.example");

        var member = MembershipRules.Accept(state, secret.ToLowerInvariant(), Now.AddDays(3));

        Assert.Equal("els@hasselt.example", member.Email);
        Assert.Equal("71072", member.MunicipalityNisCode);
        Assert.Empty(state.Invitations);
        Assert.Equal(SupportErrorCode.NotFound, Assert.Throws<SupportException>(() => MembershipRules.Accept(state, secret, Now.AddDays(3))).Code);
    }

    [Fact]
    public void Accept_AfterExpiry_IsAConflictAndAddsNobody()
    {
        var state = Platform();
        var secret = Invite(state, "els@hasselt.example");

        var error = Assert.Throws<SupportException>(() => MembershipRules.Accept(state, secret, Now + Lifetime));

        Assert.Equal(SupportErrorCode.Conflict, error.Code);
        Assert.Empty(state.Members);
    }

    [Fact]
    public void Accept_WrongSecret_IsNotFound()
    {
        var state = Platform();
        Invite(state, "els@hasselt.example");

        Assert.Equal(SupportErrorCode.NotFound, Assert.Throws<SupportException>(() => MembershipRules.Accept(state, "ABCDEFGHJKLM", Now)).Code);
    }

    [Fact]
    public void Invite_AgainForTheSameAddress_ReplacesTheOpenInvitation()
    {
        var state = Platform();
        var first = Invite(state, "els@hasselt.example");
        var second = Invite(state, "ELS@hasselt.example");

        Assert.Single(state.Invitations);
        Assert.Throws<SupportException>(() => MembershipRules.Accept(state, first, Now));
        Assert.Equal("els@hasselt.example", MembershipRules.Accept(state, second, Now).Email);
    }

    [Theory]
    [InlineData("11002")]
    [InlineData(null)]
    public void Invite_ToAPlatformFromAnotherProvinceOrNone_NamesTheMunicipality(string? nis)
    {
        var error = Assert.Throws<SupportException>(() => Invite(Platform(), "jan@antwerpen.example", nis));

        Assert.Equal("municipalityNisCode", error.Field);
    }

    [Fact]
    public void Invite_BadAddress_NamesTheField()
    {
        Assert.Equal("email", Assert.Throws<SupportException>(() => Invite(Platform(), "geen adres")).Field);
    }

    [Fact]
    public void Invite_ExistingMember_IsAConflict()
    {
        var state = Platform();
        MembershipRules.Accept(state, Invite(state, "els@hasselt.example"), Now);

        Assert.Equal(SupportErrorCode.Conflict, Assert.Throws<SupportException>(() => Invite(state, "els@hasselt.example")).Code);
    }

    [Fact]
    public void Capacity_FullIntervisionGroup_RefusesInvitationAcceptanceAndApproval()
    {
        var state = Intervision(capacity: 1);
        var pending = Invite(state, "b@gemeente.example", null);
        MembershipRules.Request(state, "c@gemeente.example", "C", null, "Ik ben casemanager in Genk.", Now);
        MembershipRules.Accept(state, Invite(state, "a@gemeente.example", null), Now);

        Assert.True(MembershipRules.IsFull(state));
        Assert.Equal(SupportErrorCode.Conflict, Assert.Throws<SupportException>(() => Invite(state, "d@gemeente.example", null)).Code);
        Assert.Equal(SupportErrorCode.Conflict, Assert.Throws<SupportException>(() => MembershipRules.Accept(state, pending, Now)).Code);
        Assert.Equal(SupportErrorCode.Conflict, Assert.Throws<SupportException>(() => MembershipRules.Decide(state, "c@gemeente.example", true, null, Now)).Code);
        Assert.Single(state.Members);
    }

    [Fact]
    public void Request_ToAPlatform_IsAConflict()
    {
        var error = Assert.Throws<SupportException>(() => MembershipRules.Request(Platform(), "a@hasselt.example", "A", "71072", "Graag lid van het platform.", Now));

        Assert.Equal(SupportErrorCode.Conflict, error.Code);
    }

    [Fact]
    public void Request_Twice_IsAConflict()
    {
        var state = Intervision(5);
        MembershipRules.Request(state, "a@gemeente.example", "A", null, "Ik ben casemanager in Genk.", Now);

        Assert.Equal(SupportErrorCode.Conflict, Assert.Throws<SupportException>(() => MembershipRules.Request(state, "A@gemeente.example", "A", null, "Nog eens gevraagd.", Now)).Code);
    }

    [Fact]
    public void Request_ShortMotivation_NamesTheField()
    {
        Assert.Equal("motivation", Assert.Throws<SupportException>(() => MembershipRules.Request(Intervision(5), "a@gemeente.example", "A", null, "graag", Now)).Field);
    }

    [Fact]
    public void Decide_DeclineWithoutReason_NamesTheFieldAndKeepsTheRequest()
    {
        var state = Intervision(5);
        MembershipRules.Request(state, "a@gemeente.example", "A", null, "Ik ben casemanager in Genk.", Now);

        Assert.Equal("reason", Assert.Throws<SupportException>(() => MembershipRules.Decide(state, "a@gemeente.example", false, " ", Now)).Field);
        Assert.Single(state.JoinRequests);
    }

    [Fact]
    public void Decide_Approve_MakesAMemberAndClosesTheRequest()
    {
        var state = Intervision(5);
        MembershipRules.Request(state, "a@gemeente.example", "A", "71072", "Ik ben casemanager in Hasselt.", Now);

        MembershipRules.Decide(state, "a@gemeente.example", true, null, Now);

        Assert.Equal("71072", Assert.Single(state.Members).MunicipalityNisCode);
        Assert.Empty(state.JoinRequests);
    }

    [Fact]
    public void Remove_NotAMember_IsNotFound()
    {
        Assert.Equal(SupportErrorCode.NotFound, Assert.Throws<SupportException>(() => MembershipRules.Remove(Platform(), "x@hasselt.example")).Code);
    }

    [Fact]
    public void CheckGroupSettings_PlatformKind_IsRefused()
    {
        var error = Assert.Throws<SupportException>(() => MembershipRules.CheckGroupSettings(new CommunitySettings(CommunityKind.Platform, "Platform", "Een beschrijving")));

        Assert.Equal("kind", error.Field);
    }

    [Fact]
    public void CheckGroupSettings_ZeroCapacity_NamesTheField()
    {
        var error = Assert.Throws<SupportException>(() => MembershipRules.CheckGroupSettings(new CommunitySettings(CommunityKind.Intervision, "Intervisie", "Een beschrijving", null, 0)));

        Assert.Equal("capacity", error.Field);
    }

    [Fact]
    public void AcceptCode_CodeOfAnotherCommunity_IsNotFoundAndAddsNobody()
    {
        var state = Platform();
        var secret = Invite(state, "els@hasselt.example");

        var error = Assert.Throws<SupportException>(() => MembershipRules.AcceptCode(state, "platform/limburg", CommunityKeys.InvitationCode("platform/antwerpen", secret), Now));

        Assert.Equal(SupportErrorCode.NotFound, error.Code);
        Assert.Empty(state.Members);
        Assert.Single(state.Invitations);
    }

    [Theory]
    [InlineData("")]
    [InlineData("geen-code")]
    [InlineData("platform.limburg.")]
    public void AcceptCode_NotACode_IsNotFound(string code)
    {
        Assert.Equal(SupportErrorCode.NotFound, Assert.Throws<SupportException>(() => MembershipRules.AcceptCode(Platform(), "platform/limburg", code, Now)).Code);
    }

    [Fact]
    public void AcceptCode_OwnCode_MakesTheInviteeAMember()
    {
        var state = Platform();
        var secret = Invite(state, "els@hasselt.example");

        var member = MembershipRules.AcceptCode(state, "platform/limburg", " " + CommunityKeys.InvitationCode("platform/limburg", secret) + " ", Now);

        Assert.Equal("els@hasselt.example", member.Email);
        Assert.Equal([member], state.Members);
    }

    [Fact]
    public void AcceptCode_CommunityThatDoesNotExist_IsNotFound()
    {
        Assert.Equal(SupportErrorCode.NotFound, Assert.Throws<SupportException>(() => MembershipRules.AcceptCode(new CommunityState(), "platform/limburg", "platform.limburg.ABC", Now)).Code);
    }

    [Fact]
    public void Leave_CommunityThatDoesNotExist_IsNotFound()
    {
        var error = Assert.Throws<SupportException>(() => MembershipRules.Leave(new CommunityState(), "els@hasselt.example"));

        Assert.Equal("Dit platform of deze groep bestaat niet.", error.Message);
    }

    [Fact]
    public void Leave_Member_IsNoLongerAMember()
    {
        var state = Platform();
        MembershipRules.Accept(state, Invite(state, "els@hasselt.example"), Now);

        MembershipRules.Leave(state, "Els@Hasselt.example");

        Assert.False(MembershipRules.IsMember(state, "els@hasselt.example"));
    }

    [Fact]
    public void DropExpiredInvitations_KeepsThoseExpiredLessThanThirtyDaysAgo()
    {
        var state = Platform();
        Invite(state, "oud@hasselt.example");
        var expiry = state.Invitations[0].Invitation.ExpiresAt;

        MembershipRules.DropExpiredInvitations(state, expiry + TimeSpan.FromDays(30));
        var keptAtThirtyDays = state.Invitations.Count;
        MembershipRules.DropExpiredInvitations(state, expiry + TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));

        Assert.Equal(1, keptAtThirtyDays);
        Assert.Empty(state.Invitations);
    }
}
