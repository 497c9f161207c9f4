using LivcR.Support.Silo.Mail.Inbound;

namespace LivcR.Support.Tests.Mail;

public sealed class EncodedWordsTests
{
    [Theory]
    [InlineData("=?NONE?B?VEVTVA=?=", "TEST")]
    [InlineData("=?utf-8?B?VEVTVA==?=", "TEST")]
    [InlineData("=?utf-8?B?VEVTVA?=", "TEST")]
    [InlineData("=?iso-8859-1?Q?Vraag_over_caf=E9?=", "Vraag over café")]
    [InlineData("=?utf-8?B?UmU6IA==?= =?utf-8?Q?Polarisatie_na_incident?=", "Re: Polarisatie na incident")]
    [InlineData("Antw: =?UTF-8*nl?Q?Re=C3=BCnie?= morgen", "Antw: Reünie morgen")]
    [InlineData("Gewoon onderwerp", "Gewoon onderwerp")]
    public void Decode_BrokenOrOddEncodedWords_GivesTheTextPeopleMeant(string raw, string text) =>
        Assert.Equal(text, EncodedWords.Decode(raw));

    [Fact]
    public void Read_SubjectWithBadPadding_KeepsTheLastLetter()
    {
        var message = MailText.Parse("From: an@gent.be\nTo: radicalisering@vvsg.example\nSubject: =?NONE?B?VEVTVA=?=\nMessage-ID: <x1@gent.be>\nContent-Type: text/plain\n\nTekst\n");

        Assert.Equal("TEST", InboundContentReader.Read(message).Subject);
    }
}
