using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Silo.Municipalities;

namespace LivcR.Support.Tests.Domain;

public sealed class MunicipalityCsvTests
{
    [Fact]
    public void LoadEmbedded_HasThe285MunicipalitiesOf2025PerProvince()
    {
        var all = MunicipalityCsv.LoadEmbedded();

        Assert.Equal(285, all.Count);
        Assert.Equal(67, all.Count(m => m.Province == Province.Antwerpen));
        Assert.Equal(38, all.Count(m => m.Province == Province.Limburg));
        Assert.Equal(55, all.Count(m => m.Province == Province.OostVlaanderen));
        Assert.Equal(63, all.Count(m => m.Province == Province.VlaamsBrabant));
        Assert.Equal(62, all.Count(m => m.Province == Province.WestVlaanderen));
        Assert.Contains(all, m => m is { NisCode: "46030", Name: "Beveren-Kruibeke-Zwijndrecht", Province: Province.OostVlaanderen, PostalCode: null });
        Assert.Contains(all, m => m is { NisCode: "11002", Name: "Antwerpen", PostalCode: "2000" });
    }

    [Theory]
    [InlineData("nis_code,name,province,postal_code\n1100,Boom,Antwerpen,2850\n", "Line 2")]
    [InlineData("nis_code,name,province,postal_code\n11005,Boom,Brussel,2850\n", "Line 2")]
    [InlineData("nis_code,name,province,postal_code\n11005,Boom,Antwerpen,2850\n11005,Boom,Antwerpen,2850\n", "Line 3")]
    [InlineData("code,naam\n", "Line 1")]
    public void Parse_BadRow_NamesTheLine(string csv, string expected)
    {
        var error = Assert.Throws<FormatException>(() => MunicipalityCsv.Parse(new StringReader(csv)));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
