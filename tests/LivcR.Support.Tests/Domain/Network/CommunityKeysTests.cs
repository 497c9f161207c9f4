using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Tests.Domain.Network;

public sealed class CommunityKeysTests
{
    [Fact]
    public void InvitationCode_RoundTrips_ForPlatformsAndGroups()
    {
        var platform = CommunityKeys.ParseInvitationCode(CommunityKeys.InvitationCode(CommunityKeys.Platform(Province.OostVlaanderen), "K7M2Q9XZ4PHT"));
        var group = CommunityKeys.ParseInvitationCode(" " + CommunityKeys.InvitationCode(CommunityKeys.Group("kennisgroep"), "K7M2Q9XZ4PHT") + " ");

        Assert.Equal(("platform/oost-vlaanderen", "K7M2Q9XZ4PHT"), platform);
        Assert.Equal(("group/kennisgroep", "K7M2Q9XZ4PHT"), group);
    }

    [Theory]
    [InlineData("")]
    [InlineData("platform.brussel.K7M2Q9XZ4PHT")]
    [InlineData("group.Kennis Groep.K7M2Q9XZ4PHT")]
    [InlineData("group.kennisgroep")]
    [InlineData("ticket.2026-00001.X")]
    public void ParseInvitationCode_NotACode_IsNull(string code)
    {
        Assert.Null(CommunityKeys.ParseInvitationCode(code));
    }

    [Fact]
    public void ProvinceOf_PlatformAndGroupKeys()
    {
        Assert.Equal(Province.Limburg, CommunityKeys.ProvinceOf("platform/limburg"));
        Assert.Null(CommunityKeys.ProvinceOf("group/limburg"));
    }

    [Theory]
    [InlineData("kennisgroep", true)]
    [InlineData("intervisie-2", true)]
    [InlineData("-start", false)]
    [InlineData("ab", false)]
    [InlineData("Hoofdletters", false)]
    public void IsSlug_Rules(string slug, bool expected)
    {
        Assert.Equal(expected, CommunityKeys.IsSlug(slug));
    }
}
