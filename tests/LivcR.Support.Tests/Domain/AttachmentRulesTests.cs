using System.Text;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Silo.Attachments;

namespace LivcR.Support.Tests.Domain;

public sealed class AttachmentRulesTests
{
    [Theory]
    [InlineData("verslag.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "application/pdf")]
    [InlineData("foto.PNG", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D }, "image/png")]
    [InlineData("foto.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData("nota.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public void Detect_KnownContent_GivesItsType(string name, byte[] content, string expected) =>
        Assert.Equal(expected, AttachmentRules.Detect(name, content));

    [Fact]
    public void Detect_Utf8Text_IsPlainText() =>
        Assert.Equal("text/plain", AttachmentRules.Detect("notitie.txt", Encoding.UTF8.GetBytes("Overleg met de wijkagent — café")));

    [Theory]
    [InlineData("setup.exe", new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]
    [InlineData("virus.pdf", new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]
    [InlineData("macro.zip", new byte[] { 0x50, 0x4B, 0x03, 0x04 })]
    [InlineData("binair.txt", new byte[] { 0x41, 0x00, 0x42 })]
    [InlineData("leeg.txt", new byte[0])]
    public void Detect_AnythingElse_IsRefused(string name, byte[] content) =>
        Assert.Equal(SupportErrorCode.BadUserInput, Assert.Throws<SupportException>(() => AttachmentRules.Detect(name, content)).Code);

    [Theory]
    [InlineData("../../etc/passwd.txt", "passwd.txt")]
    [InlineData("C:\\Users\\an\\verslag.pdf", "verslag.pdf")]
    [InlineData("  a\u0007b.pdf ", "ab.pdf")]
    public void CleanName_DropsFoldersAndControlCharacters(string name, string expected) =>
        Assert.Equal(expected, AttachmentRules.CleanName(name));
}
