using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Tests.Domain;

public sealed class TicketCatalogRulesTests
{
    private static readonly IReadOnlyList<CatalogEntry> Levels = [new("algemeen", "Algemene preventie"), new("gericht", "Gerichte preventie")];

    [Fact]
    public void Save_NewKey_IsAddedAtTheEnd()
    {
        var saved = TicketCatalogRules.Save(Levels, new CatalogEntry(" tertiair ", "  Tertiaire preventie "));

        Assert.Equal(["algemeen", "gericht", "tertiair"], saved.Select(e => e.Key));
        Assert.Equal("Tertiaire preventie", saved[2].Label);
        Assert.True(saved[2].Active);
    }

    [Fact]
    public void Save_ExistingKey_ChangesLabelAndActivityInPlace()
    {
        var saved = TicketCatalogRules.Save(Levels, new CatalogEntry("algemeen", "Universele preventie", Active: false));

        Assert.Equal(["algemeen", "gericht"], saved.Select(e => e.Key));
        Assert.Equal(new CatalogEntry("algemeen", "Universele preventie", false), saved[0]);
        Assert.Equal("Algemene preventie", Levels[0].Label);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Algemeen")]
    [InlineData("9lagen")]
    [InlineData("met spatie")]
    [InlineData("geïndiceerd")]
    [InlineData("a-very-long-key-that-goes-past-forty-chars")]
    public void Save_BadKey_IsRefusedNamingTheKey(string key)
    {
        var error = Assert.Throws<SupportException>(() => TicketCatalogRules.Save(Levels, new CatalogEntry(key, "Label")));

        Assert.Equal(SupportErrorCode.BadUserInput, error.Code);
        Assert.Equal("key", error.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Save_EmptyLabel_IsRefused(string label)
    {
        var error = Assert.Throws<SupportException>(() => TicketCatalogRules.Save(Levels, new CatalogEntry("nieuw", label)));

        Assert.Equal("label", error.Field);
    }

    [Fact]
    public void Save_LabelOverTheLimit_IsRefused()
    {
        var error = Assert.Throws<SupportException>(() => TicketCatalogRules.Save(Levels, new CatalogEntry("nieuw", new string('x', TicketCatalogRules.MaxLabelLength + 1))));

        Assert.Equal("label", error.Field);
    }

    [Fact]
    public void RequireActive_RetiredOrUnknown_IsRefusedListingOnlyActiveKeys()
    {
        var levels = TicketCatalogRules.Save(Levels, new CatalogEntry("gericht", "Gerichte preventie", Active: false));

        var retired = Assert.Throws<SupportException>(() => TicketCatalogRules.RequireActive(levels, "gericht", "preventionLevel"));
        var unknown = Assert.Throws<SupportException>(() => TicketCatalogRules.RequireActive(levels, "sport", "preventionLevel"));

        Assert.Equal("preventionLevel", retired.Field);
        Assert.EndsWith("Kies uit: algemeen.", retired.Message, StringComparison.Ordinal);
        Assert.Equal("preventionLevel", unknown.Field);
        Assert.Equal("algemeen", TicketCatalogRules.RequireActive(levels, "algemeen", "preventionLevel").Key);
    }
}
