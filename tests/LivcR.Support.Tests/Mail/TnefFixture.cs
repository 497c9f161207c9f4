using System.Buffers.Binary;
using System.Text;
using MimeKit.Tnef;

namespace LivcR.Support.Tests.Mail;

/// <summary>
/// Writes a winmail.dat (TNEF, MS-OXTNEF) the way Outlook does for a plain message with file attachments: signature,
/// key, then attributes (level, tag, length, data, checksum). MimeKit reads TNEF but has no writer.
/// </summary>
internal static class TnefFixture
{
    private const uint Signature = 0x223E9F78;

    public static byte[] Build(string? body, params (string Name, byte[] Data)[] files)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var codepage = Encoding.GetEncoding(1252);
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write(Signature);
        writer.Write((ushort)0x0001);
        Attribute(writer, TnefAttributeLevel.Message, TnefAttributeTag.TnefVersion, BitConverter.GetBytes(0x00010000));
        Attribute(writer, TnefAttributeLevel.Message, TnefAttributeTag.OemCodepage, [.. BitConverter.GetBytes(1252), .. BitConverter.GetBytes(0)]);
        Attribute(writer, TnefAttributeLevel.Message, TnefAttributeTag.MessageClass, Encoding.ASCII.GetBytes("IPM.Microsoft Mail.Note\0"));
        if (body is not null)
        {
            Attribute(writer, TnefAttributeLevel.Message, TnefAttributeTag.Body, codepage.GetBytes(body + "\0"));
        }

        foreach (var (name, data) in files)
        {
            var render = new byte[14];
            BinaryPrimitives.WriteUInt16LittleEndian(render, 1);
            BinaryPrimitives.WriteInt32LittleEndian(render.AsSpan(2), -1);
            Attribute(writer, TnefAttributeLevel.Attachment, TnefAttributeTag.AttachRenderData, render);
            Attribute(writer, TnefAttributeLevel.Attachment, TnefAttributeTag.AttachTitle, codepage.GetBytes(name + "\0"));
            Attribute(writer, TnefAttributeLevel.Attachment, TnefAttributeTag.AttachData, data);
        }

        writer.Flush();
        return stream.ToArray();
    }

    private static void Attribute(BinaryWriter writer, TnefAttributeLevel level, TnefAttributeTag tag, byte[] data)
    {
        writer.Write((byte)level);
        writer.Write((uint)tag);
        writer.Write((uint)data.Length);
        writer.Write(data);
        ushort checksum = 0;
        foreach (var b in data)
        {
            checksum += b;
        }

        writer.Write(checksum);
    }
}
