using GraphQL.Types;
using LivcR.Support.Gateway.Services;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of the attachment limits.</summary>
public sealed class AttachmentLimitsType : ObjectGraphType<AttachmentLimits>
{
    /// <summary>Creates the type.</summary>
    public AttachmentLimitsType()
    {
        Name = "AttachmentLimits";
        Description = "What an attachment may be; an upload beyond these is refused (413 for size, BAD_USER_INPUT for type).";
        Field<NonNullGraphType<IntGraphType>, int>("maxFileBytes").Description("Largest file, in bytes.").Resolve(ctx => checked((int)ctx.Source.MaxFileBytes));
        Field<NonNullGraphType<IntGraphType>, int>("maxTicketBytes").Description("Largest total of one ticket's attachments, in bytes.").Resolve(ctx => checked((int)ctx.Source.MaxTicketBytes));
        Field(l => l.AllowedExtensions).Description("The kinds of file accepted, by extension (pdf, png, …).");
    }
}
