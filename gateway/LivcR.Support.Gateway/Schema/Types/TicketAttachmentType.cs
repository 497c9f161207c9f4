using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of an attachment's metadata.</summary>
public sealed class TicketAttachmentType : ObjectGraphType<TicketAttachmentView>
{
    /// <summary>Creates the type.</summary>
    public TicketAttachmentType()
    {
        Name = "TicketAttachment";
        Description = "An attachment; download it from /attachments/{id}, upload with POST /tickets/{number}/attachments?name=… (add &internal=true for an attachment only staff see).";
        Field(a => a.Id).Description("Id, for the download address.");
        Field(a => a.Name).Description("File name.");
        Field(a => a.ContentType).Description("Content type, recognised from the content.");
        Field(a => a.Size).Description("Size in bytes.");
        Field<NonNullGraphType<TicketPersonType>, TicketPerson>("uploadedBy").Description("Who added it.").Resolve(ctx => ctx.Source.UploadedBy);
        Field(a => a.UploadedAt).Description("When.");
        Field(a => a.Internal).Description("Belongs with the internal notes: only staff see and download it.");
    }
}
